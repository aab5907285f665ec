package se.largrupp.core.meetings.fakes;

import java.util.HashMap;
import java.util.Map;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.meetings.calendar.CalendarVersions;

public final class FakeCalendarVersions implements CalendarVersions {
    private final Map<GroupId, Map.Entry<Integer, String>> stored = new HashMap<>();

    public int sequenceFor(GroupId group, String fingerprint) {
        var s = stored.get(group);
        int seq = s == null ? 0 : s.getValue().equals(fingerprint) ? s.getKey() : s.getKey() + 1;
        stored.put(group, Map.entry(seq, fingerprint));
        return seq;
    }
}
