package se.largrupp.core.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;

/** The repository of meeting occurrences (created lazily when an occurrence is first touched). */
public interface Meetings {
    Optional<Meeting> find(GroupId group, Instant startsAt);

    void save(Meeting meeting);

    /** The group's occurrences, oldest first. */
    List<Meeting> ofGroup(GroupId group);
}
