package se.largrupp.core.meetings.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.storage.Jdbc;

/** The organiser's event of each published series ({@code calendar_invites}, V131). Call inside a transaction. */
final class Invites {
    /** @param skipsDone the skipped occurrences already cancelled in the organiser's calendar */
    record Invite(GroupId group, int series, String eventId, String fingerprint, boolean cancelled, Set<Instant> skipsDone) {
        Invite {
            skipsDone = Set.copyOf(skipsDone);
        }

        Invite with(String newFingerprint) {
            return new Invite(group, series, eventId, newFingerprint, cancelled, skipsDone);
        }

        Invite cancelledNow() {
            return new Invite(group, series, eventId, fingerprint, true, skipsDone);
        }

        Invite skipped(Instant occurrence) {
            Set<Instant> more = new TreeSet<>(skipsDone);
            more.add(occurrence);
            return new Invite(group, series, eventId, fingerprint, cancelled, more);
        }
    }

    private final Jdbc jdbc;

    Invites(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, Invite> of(GroupId group) {
        Map<Integer, Invite> out = new TreeMap<>();
        jdbc.query("SELECT * FROM calendar_invites WHERE group_id = ?", rs -> new Invite(group, rs.getInt("series_no"),
                rs.getString("event_id"), rs.getString("fingerprint"), rs.getBoolean("cancelled"), skips(rs.getString("skips_done"))),
                group.value()).forEach(i -> out.put(i.series(), i));
        return out;
    }

    void save(Invite i) {
        String skips = i.skipsDone().stream().sorted().map(Instant::toString).collect(Collectors.joining(","));
        int n = jdbc.update("UPDATE calendar_invites SET event_id = ?, fingerprint = ?, cancelled = ?, skips_done = ? "
                + "WHERE group_id = ? AND series_no = ?", i.eventId(), i.fingerprint(), i.cancelled(), skips, i.group().value(), i.series());
        if (n == 0) {
            jdbc.update("INSERT INTO calendar_invites (group_id, series_no, event_id, fingerprint, cancelled, skips_done) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", i.group().value(), i.series(), i.eventId(), i.fingerprint(), i.cancelled(), skips);
        }
    }

    private static Set<Instant> skips(String text) {
        return text == null || text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(Instant::parse).collect(Collectors.toSet());
    }
}
