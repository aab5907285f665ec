package se.largrupp.core.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;

/** Leaders in table {@code leaders}, their confidential not-with list in {@code leader_not_with}. */
public final class JdbcLeaders implements Leaders {
    private static final String COLUMNS = "leader_key, display_name, department, manager_key, language, zone, status, "
            + "paused_until, joined_at";

    private final Jdbc jdbc;
    private final JdbcTransactions transactions;
    private final Clock clock;

    /** @param clock stamps when a leader left, which starts their retention period */
    public JdbcLeaders(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
        this.clock = clock;
    }

    public JdbcLeaders(Jdbc jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    @Override
    public Optional<Leader> find(LeaderId id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM leaders WHERE leader_key = ?", this::row, id.key())
                .map(l -> l.withNotWith(notWithOf(id.key())));
    }

    @Override
    public void save(Leader leader) {
        transactions.inTransaction(() -> {
            String key = leader.id().key();
            Object[] values = {leader.displayName(), leader.department(), leader.manager().map(LeaderId::key),
                    leader.language().map(Language::code), leader.zone().getId(), status(leader.status()),
                    pausedUntil(leader.status()), leader.joinedAt()};
            int updated = jdbc.update("UPDATE leaders SET display_name = ?, department = ?, manager_key = ?, language = ?, "
                    + "zone = ?, status = ?, paused_until = ?, joined_at = ? WHERE leader_key = ?", append(values, key));
            Instant leftAt = leader.status() instanceof LeaderStatus.Left ? clock.instant() : null;
            if (updated == 0) {
                jdbc.update("INSERT INTO leaders (platform, workspace_key, user_id, display_name, department, manager_key, "
                                + "language, zone, status, paused_until, joined_at, leader_key) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        prepend(append(values, key), leader.id().workspace().platform().key(),
                                leader.id().workspace().key(), leader.id().user()));
            }
            // The first save as left starts the clock; a later save keeps it, a return to the programme clears it.
            jdbc.update("UPDATE leaders SET left_at = CASE WHEN status = 'left' THEN COALESCE(left_at, ?) END WHERE leader_key = ?",
                    leftAt, key);
            jdbc.update("DELETE FROM leader_not_with WHERE leader_key = ?", key);
            int position = 0;
            for (LeaderId other : leader.notWith()) {
                jdbc.update("INSERT INTO leader_not_with (leader_key, other_key, position) VALUES (?, ?, ?)",
                        key, other.key(), position++);
            }
        });
    }

    @Override
    public List<Leader> inWorkspace(Workspace workspace) {
        List<Leader> leaders = jdbc.query("SELECT " + COLUMNS + " FROM leaders WHERE workspace_key = ? AND status <> 'left' "
                + "ORDER BY joined_at, leader_key", this::row, workspace.key());
        Map<String, List<LeaderId>> notWith = notWithInWorkspace(workspace);
        return leaders.stream().map(l -> l.withNotWith(notWith.getOrDefault(l.id().key(), List.of()))).toList();
    }

    @Override
    public List<LeaderId> leftBefore(Instant cutoff) {
        return jdbc.query("SELECT leader_key FROM leaders WHERE status = 'left' AND left_at < ? ORDER BY left_at",
                rs -> LeaderId.parse(rs.getString(1)), cutoff);
    }

    /**
     * Deletes the leader, their memberships, answers, admin rights, and every reference other leaders hold to them.
     * What other features keep about them is theirs to erase ({@link se.largrupp.core.port.PersonalData}).
     */
    @Override
    public void forget(LeaderId id) {
        String key = id.key();
        transactions.inTransaction(() -> {
            List<String> groups = jdbc.query("SELECT group_id FROM group_members WHERE leader_key = ?",
                    rs -> rs.getString("group_id"), key);
            jdbc.update("DELETE FROM rsvps WHERE leader_key = ?", key);
            jdbc.update("DELETE FROM group_members WHERE leader_key = ?", key);
            for (String group : groups) {
                // A group left without members cannot be loaded, nor is it anybody's history any more.
                jdbc.update("DELETE FROM learning_groups WHERE group_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM group_members m WHERE m.group_id = ?)", group, group);
            }
            jdbc.update("DELETE FROM admins WHERE leader_key = ?", key);
            jdbc.update("UPDATE admins SET added_by = NULL WHERE added_by = ?", key);
            jdbc.update("DELETE FROM leader_not_with WHERE leader_key = ? OR other_key = ?", key, key);
            jdbc.update("UPDATE leaders SET manager_key = NULL WHERE manager_key = ?", key);
            jdbc.update("DELETE FROM leaders WHERE leader_key = ?", key);
        });
    }

    private Leader row(ResultSet rs) throws SQLException {
        return new Leader(
                LeaderId.parse(rs.getString("leader_key")),
                rs.getString("display_name"),
                Rows.optionalString(rs, "department"),
                Rows.optionalString(rs, "manager_key").map(LeaderId::parse),
                Rows.optionalString(rs, "language").flatMap(Language::fromLocaleTag),
                ZoneId.of(rs.getString("zone")),
                status(rs.getString("status"), Rows.optionalDate(rs, "paused_until")),
                Rows.instant(rs, "joined_at"),
                List.of());
    }

    private List<LeaderId> notWithOf(String key) {
        return jdbc.query("SELECT other_key FROM leader_not_with WHERE leader_key = ? ORDER BY position",
                rs -> LeaderId.parse(rs.getString("other_key")), key);
    }

    private Map<String, List<LeaderId>> notWithInWorkspace(Workspace workspace) {
        return jdbc.query("SELECT n.leader_key, n.other_key FROM leader_not_with n JOIN leaders l ON l.leader_key = n.leader_key "
                                + "WHERE l.workspace_key = ? ORDER BY n.leader_key, n.position",
                        rs -> Map.entry(rs.getString("leader_key"), LeaderId.parse(rs.getString("other_key"))), workspace.key())
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static String status(LeaderStatus status) {
        if (status instanceof LeaderStatus.Active) return "active";
        if (status instanceof LeaderStatus.Paused) return "paused";
        return "left";
    }

    private static Optional<LocalDate> pausedUntil(LeaderStatus status) {
        return status instanceof LeaderStatus.Paused p ? p.until() : Optional.empty();
    }

    private static LeaderStatus status(String stored, Optional<LocalDate> until) {
        return switch (stored) {
            case "active" -> LeaderStatus.active();
            case "paused" -> new LeaderStatus.Paused(until);
            case "left" -> new LeaderStatus.Left();
            default -> throw new StorageException("unknown leader status " + stored);
        };
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    private static Object[] prepend(Object[] values, Object... first) {
        Object[] out = new Object[first.length + values.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(values, 0, out, first.length, values.length);
        return out;
    }
}
