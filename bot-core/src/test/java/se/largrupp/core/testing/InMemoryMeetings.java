package se.largrupp.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Meetings;

/** Meeting occurrences keyed by group and start. */
public final class InMemoryMeetings implements Meetings {
    private record Key(GroupId group, Instant startsAt) {}

    private final Map<Key, Meeting> meetings = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Meeting> find(GroupId group, Instant startsAt) {
        return Optional.ofNullable(meetings.get(new Key(group, startsAt)));
    }

    @Override
    public synchronized void save(Meeting meeting) {
        meetings.put(new Key(meeting.group(), meeting.startsAt()), meeting);
    }

    @Override
    public synchronized List<Meeting> ofGroup(GroupId group) {
        return meetings.values().stream().filter(m -> m.group().equals(group))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList();
    }

    public synchronized List<Meeting> all() {
        return List.copyOf(meetings.values());
    }
}
