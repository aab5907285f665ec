package se.largrupp.core.meetings.calendar;

import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.storage.Jdbc;

/** Calendar sequences in the {@code calendar_versions} table (V21). Call inside a transaction. */
public final class JdbcCalendarVersions implements CalendarVersions {
    private final Jdbc jdbc;

    public JdbcCalendarVersions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sequenceFor(GroupId group, String fingerprint) {
        Optional<Stored> stored = jdbc.queryOne("SELECT sequence_no, fingerprint FROM calendar_versions WHERE group_id = ?",
                rs -> new Stored(rs.getInt("sequence_no"), rs.getString("fingerprint")), group.value());
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO calendar_versions (group_id, sequence_no, fingerprint) VALUES (?, 0, ?)", group.value(), fingerprint);
            return 0;
        }
        if (stored.get().fingerprint().equals(fingerprint)) return stored.get().sequence();
        int next = stored.get().sequence() + 1;
        jdbc.update("UPDATE calendar_versions SET sequence_no = ?, fingerprint = ? WHERE group_id = ?", next, fingerprint, group.value());
        return next;
    }

    private record Stored(int sequence, String fingerprint) {}
}
