package se.largrupp.core.meetings.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/** What the calendar feeds keep (V130). Call inside a transaction. */
interface CalendarStore {
    List<Series> series(GroupId group);

    /** Inserts or replaces the series with this group and number. */
    void save(Series series);

    Optional<LeaderId> leaderOfToken(String token);

    /** The leader's one feed: replaces any earlier token. */
    void saveToken(LeaderId leader, String token, Instant now);

    Optional<String> tokenOf(LeaderId leader);

    /** A group a leader's feed shows, with when the leader stopped being in it. */
    record ShownGroup(GroupId group, Optional<Instant> leftAt) {}

    List<ShownGroup> shownGroups(LeaderId leader);

    void saveShownGroup(LeaderId leader, ShownGroup shown);

    /** Forget me: the token and what the feed showed. */
    void eraseLeader(LeaderId leader);
}
