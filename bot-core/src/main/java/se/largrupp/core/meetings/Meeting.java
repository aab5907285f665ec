package se.largrupp.core.meetings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/**
 * One occurrence of a group's standing booking. It stands while at least two members can come;
 * below that it is flagged (see {@link #belowQuorum}) and never moved.
 */
public record Meeting(GroupId group, Instant startsAt, Map<LeaderId, Rsvp> rsvps, MeetingStatus status) {
    public static final int QUORUM = 2;

    public Meeting {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(startsAt, "startsAt");
        rsvps = Map.copyOf(rsvps);
        Objects.requireNonNull(status, "status");
    }

    public static Meeting planned(GroupId group, Instant startsAt) {
        return new Meeting(group, startsAt, Map.of(), MeetingStatus.PLANNED);
    }

    public Meeting withRsvp(LeaderId leader, Rsvp answer) {
        Map<LeaderId, Rsvp> next = new LinkedHashMap<>(rsvps);
        next.put(leader, answer);
        return new Meeting(group, startsAt, next, status);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(group, startsAt, rsvps, newStatus);
    }

    public List<LeaderId> coming(List<LeaderId> members) {
        return members.stream().filter(m -> rsvps.get(m) == Rsvp.COMING).toList();
    }

    /** Members who have not said they can't come: the ones who may still come. */
    public List<LeaderId> possiblyComing(List<LeaderId> members) {
        return members.stream().filter(m -> rsvps.get(m) != Rsvp.NOT_COMING).toList();
    }

    public boolean belowQuorum(List<LeaderId> members) {
        return possiblyComing(members).size() < QUORUM;
    }
}
