package se.largrupp.core.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** Rounds in the {@code rounds} table (V20). The turn order is one leader per line as
 * platform, workspace and user separated by tabs (Teams user ids contain colons, so the colon key is ambiguous). */
public final class JdbcRounds implements Rounds {
    private static final String COLUMNS = "round_id, group_id, started_at, turn_order, turn_seconds, current_turn, "
            + "turn_ends_at, paused_remaining_ms, status, template, phase_seconds, current_phase, facilitator";
    private static final String OPEN = "status IN ('RUNNING', 'HELD', 'INTERRUPTED')";

    private final Jdbc jdbc;

    public JdbcRounds(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Round> find(RoundId id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM rounds WHERE round_id = ?", JdbcRounds::map, id.value());
    }

    @Override
    public void save(Round r) {
        Object[] values = {r.group().value(), r.startedAt(), order(r.order()), (int) r.turnLength().toSeconds(), r.current(),
                r.turnEndsAt(), r.pausedRemaining().map(Duration::toMillis), r.status(), r.plan().template(),
                r.plan().phases().stream().map(d -> String.valueOf(d.toSeconds())).collect(Collectors.joining(",")), r.phase(),
                r.facilitator().map(JdbcRounds::line), r.id().value()};
        int updated = jdbc.update("UPDATE rounds SET group_id = ?, started_at = ?, turn_order = ?, turn_seconds = ?, "
                + "current_turn = ?, turn_ends_at = ?, paused_remaining_ms = ?, status = ?, template = ?, phase_seconds = ?, "
                + "current_phase = ?, facilitator = ? WHERE round_id = ?", values);
        if (updated == 0)
            jdbc.update("INSERT INTO rounds (group_id, started_at, turn_order, turn_seconds, current_turn, turn_ends_at, "
                    + "paused_remaining_ms, status, template, phase_seconds, current_phase, facilitator, round_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    @Override
    public Optional<Round> open(GroupId group) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rounds WHERE group_id = ? AND " + OPEN + " ORDER BY started_at DESC",
                JdbcRounds::map, group.value()).stream().findFirst();
    }

    @Override
    public Optional<Round> latest(GroupId group) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rounds WHERE group_id = ? ORDER BY started_at DESC LIMIT 1",
                JdbcRounds::map, group.value()).stream().findFirst();
    }

    @Override
    public List<Round> allOpen() {
        return jdbc.query("SELECT " + COLUMNS + " FROM rounds WHERE " + OPEN + " ORDER BY started_at", JdbcRounds::map);
    }

    @Override
    public void forget(LeaderId leader) {
        // The order is stored as lines of tab-separated parts: match the leader's own line, nothing that contains it.
        String line = line(leader);
        List<Round> named = jdbc.query("SELECT " + COLUMNS + " FROM rounds WHERE turn_order LIKE ? ESCAPE '\\' OR facilitator = ?",
                JdbcRounds::map, "%" + like(line) + "%", line);
        for (Round round : named) {
            if (!round.order().contains(leader) && !round.facilitator().equals(Optional.of(leader))) continue;
            Optional<Round> rest = round.without(leader);
            if (rest.isPresent()) save(rest.get());
            else jdbc.update("DELETE FROM rounds WHERE round_id = ?", round.id().value());
        }
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String line(LeaderId l) {
        return l.workspace().platform().key() + "\t" + l.workspace().id() + "\t" + l.user();
    }

    private static String order(List<LeaderId> order) {
        return order.stream().map(JdbcRounds::line).collect(Collectors.joining("\n"));
    }

    private static Round map(ResultSet rs) throws SQLException {
        List<LeaderId> order = Arrays.stream(rs.getString("turn_order").split("\n")).map(JdbcRounds::leader).toList();
        long paused = rs.getLong("paused_remaining_ms");
        Optional<Duration> remaining = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(paused));
        Duration turn = Duration.ofSeconds(rs.getInt("turn_seconds"));
        String phases = rs.getString("phase_seconds");
        TurnPlan plan = phases == null || phases.isBlank() ? TurnPlan.plain(turn) : new TurnPlan(
                Optional.ofNullable(rs.getString("template")),
                Arrays.stream(phases.split(",")).map(s -> Duration.ofSeconds(Long.parseLong(s))).toList());
        String facilitator = rs.getString("facilitator");
        return new Round(new RoundId(rs.getString("round_id")), new GroupId(rs.getString("group_id")),
                Rows.instant(rs, "started_at"), order, turn, rs.getInt("current_turn"), Rows.optionalInstant(rs, "turn_ends_at"),
                remaining, RoundStatus.valueOf(rs.getString("status")), plan, rs.getInt("current_phase"),
                Optional.ofNullable(facilitator).map(JdbcRounds::leader));
    }

    private static LeaderId leader(String line) {
        String[] p = line.split("\t", 3);
        return LeaderId.of(Platform.fromKey(p[0]), p[1], p[2]);
    }
}
