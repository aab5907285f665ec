package se.largrupp.core.meetings.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** {@link CalendarStore} on the {@code calendar_*} tables of V130. */
public final class JdbcCalendarStore implements CalendarStore {
    private final Jdbc jdbc;

    public JdbcCalendarStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Series> series(GroupId group) {
        return jdbc.query("SELECT * FROM calendar_series WHERE group_id = ? ORDER BY series_no", rs -> new Series(group,
                rs.getInt("series_no"), BookingCodec.read(rs.getString("booking")), Rows.optionalInstant(rs, "ended_at"),
                rs.getInt("sequence_no"), skips(rs.getString("skips")), Rows.instant(rs, "changed_at")), group.value());
    }

    @Override
    public void save(Series s) {
        String skips = s.skips().stream().map(Instant::toString).collect(Collectors.joining(","));
        int n = jdbc.update("UPDATE calendar_series SET booking = ?, ended_at = ?, sequence_no = ?, skips = ?, changed_at = ? "
                        + "WHERE group_id = ? AND series_no = ?", BookingCodec.write(s.booking()), s.endedAt(), s.sequence(),
                skips, s.changedAt(), s.group().value(), s.number());
        if (n == 0) {
            jdbc.update("INSERT INTO calendar_series (group_id, series_no, booking, ended_at, sequence_no, skips, changed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", s.group().value(), s.number(), BookingCodec.write(s.booking()),
                    s.endedAt(), s.sequence(), skips, s.changedAt());
        }
    }

    private static List<Instant> skips(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Instant::parse).toList();
    }

    @Override
    public Optional<LeaderId> leaderOfToken(String token) {
        return jdbc.queryOne("SELECT leader_key FROM calendar_feeds WHERE token = ?",
                rs -> LeaderId.parse(rs.getString("leader_key")), token);
    }

    @Override
    public void saveToken(LeaderId leader, String token, Instant now) {
        jdbc.update("DELETE FROM calendar_feeds WHERE leader_key = ?", leader.key());
        jdbc.update("INSERT INTO calendar_feeds (token, leader_key, created_at) VALUES (?, ?, ?)", token, leader.key(), now);
    }

    @Override
    public Optional<String> tokenOf(LeaderId leader) {
        return jdbc.queryOne("SELECT token FROM calendar_feeds WHERE leader_key = ?", rs -> rs.getString("token"), leader.key());
    }

    @Override
    public List<ShownGroup> shownGroups(LeaderId leader) {
        return jdbc.query("SELECT group_id, left_at FROM calendar_feed_groups WHERE leader_key = ? ORDER BY group_id",
                rs -> new ShownGroup(new GroupId(rs.getString("group_id")), Rows.optionalInstant(rs, "left_at")), leader.key());
    }

    @Override
    public void saveShownGroup(LeaderId leader, ShownGroup shown) {
        int n = jdbc.update("UPDATE calendar_feed_groups SET left_at = ? WHERE leader_key = ? AND group_id = ?",
                shown.leftAt(), leader.key(), shown.group().value());
        if (n == 0) {
            jdbc.update("INSERT INTO calendar_feed_groups (leader_key, group_id, left_at) VALUES (?, ?, ?)",
                    leader.key(), shown.group().value(), shown.leftAt());
        }
    }

    @Override
    public void eraseLeader(LeaderId leader) {
        jdbc.update("DELETE FROM calendar_feeds WHERE leader_key = ?", leader.key());
        jdbc.update("DELETE FROM calendar_feed_groups WHERE leader_key = ?", leader.key());
    }
}
