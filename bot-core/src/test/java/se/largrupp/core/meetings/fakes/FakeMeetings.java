package se.largrupp.core.meetings.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Meetings;

public final class FakeMeetings implements Meetings {
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();

    public Optional<Meeting> find(GroupId g, Instant at) { return Optional.ofNullable(meetings.get(g + "@" + at)); }
    public void save(Meeting m) { meetings.put(m.group() + "@" + m.startsAt(), m); }
    public List<Meeting> ofGroup(GroupId g) {
        return meetings.values().stream().filter(m -> m.group().equals(g)).sorted(Comparator.comparing(Meeting::startsAt)).toList();
    }
}
