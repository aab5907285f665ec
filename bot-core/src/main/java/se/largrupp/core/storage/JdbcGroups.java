package se.largrupp.core.storage;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.GroupStatus;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/**
 * Groups in {@code learning_groups}, members in order in {@code group_members}. The standing booking keeps the zone
 * id and the local time, so its occurrences are recomputed in the zone (right across DST) after loading.
 */
public final class JdbcGroups implements Groups {
    private static final String COLUMNS = "g.group_id, g.workspace_key, g.name, g.generation, g.conversation_ref, "
            + "g.booking_weekday, g.booking_time, g.booking_zone, g.booking_cadence_weeks, g.booking_duration_seconds, "
            + "g.booking_format, g.booking_link, g.booking_first_date, g.status, g.created_at, g.dissolved_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM learning_groups g ";

    private final Jdbc jdbc;
    private final JdbcTransactions transactions;

    public JdbcGroups(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
    }

    @Override
    public Optional<LearningGroup> find(GroupId id) {
        return load(SELECT + "WHERE g.group_id = ?", id.value()).stream().findFirst();
    }

    @Override
    public void save(LearningGroup group) {
        Optional<StandingBooking> b = group.booking();
        Object[] values = {group.workspace().key(), group.name(), group.generation(),
                group.conversation().map(ConversationRef::value),
                b.map(x -> x.weekday().getValue()), b.map(StandingBooking::time), b.map(x -> x.zone().getId()),
                b.map(x -> x.cadence().weeks()), b.map(x -> (int) x.duration().toSeconds()), b.map(StandingBooking::format),
                b.flatMap(StandingBooking::link).map(URI::toString), b.map(StandingBooking::firstDate),
                group.status(), group.createdAt(), group.dissolvedAt(), group.id().value()};
        transactions.inTransaction(() -> {
            int updated = jdbc.update("UPDATE learning_groups SET workspace_key = ?, name = ?, generation = ?, "
                    + "conversation_ref = ?, booking_weekday = ?, booking_time = ?, booking_zone = ?, "
                    + "booking_cadence_weeks = ?, booking_duration_seconds = ?, booking_format = ?, booking_link = ?, "
                    + "booking_first_date = ?, status = ?, created_at = ?, dissolved_at = ? WHERE group_id = ?", values);
            if (updated == 0) {
                jdbc.update("INSERT INTO learning_groups (workspace_key, name, generation, conversation_ref, booking_weekday, "
                        + "booking_time, booking_zone, booking_cadence_weeks, booking_duration_seconds, booking_format, "
                        + "booking_link, booking_first_date, status, created_at, dissolved_at, group_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            jdbc.update("DELETE FROM group_members WHERE group_id = ?", group.id().value());
            int position = 0;
            for (LeaderId member : group.members()) {
                jdbc.update("INSERT INTO group_members (group_id, leader_key, position) VALUES (?, ?, ?)",
                        group.id().value(), member.key(), position++);
            }
        });
    }

    @Override
    public Optional<LearningGroup> activeGroupOf(LeaderId leader) {
        return load(SELECT + "JOIN group_members m ON m.group_id = g.group_id "
                + "WHERE m.leader_key = ? AND g.status = 'ACTIVE' ORDER BY g.created_at DESC", leader.key())
                .stream().findFirst();
    }

    @Override
    public Optional<LearningGroup> byConversation(ConversationRef conversation) {
        // An active group wins over a dissolved one that used the same conversation before.
        return load(SELECT + "WHERE g.conversation_ref = ? "
                + "ORDER BY CASE WHEN g.status = 'ACTIVE' THEN 0 ELSE 1 END, g.created_at DESC", conversation.value())
                .stream().findFirst();
    }

    @Override
    public List<LearningGroup> active(Workspace workspace) {
        return load(SELECT + "WHERE g.workspace_key = ? AND g.status = 'ACTIVE' ORDER BY g.created_at, g.name, g.group_id",
                workspace.key());
    }

    @Override
    public List<LearningGroup> allActive() {
        return load(SELECT + "WHERE g.status = 'ACTIVE' ORDER BY g.created_at, g.name, g.group_id");
    }

    @Override
    public int latestGeneration(Workspace workspace) {
        return jdbc.query("SELECT MAX(generation) AS latest FROM learning_groups WHERE workspace_key = ?",
                rs -> Rows.optionalInt(rs, "latest").orElse(0), workspace.key()).get(0);
    }

    /** Every pair of members of every group in the workspace, in member order, from created until dissolved. */
    @Override
    public List<CoMembership> history(Workspace workspace) {
        List<CoMembership> out = new ArrayList<>();
        for (LearningGroup g : load(SELECT + "WHERE g.workspace_key = ? ORDER BY g.generation, g.created_at, g.group_id",
                workspace.key())) {
            List<LeaderId> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    out.add(new CoMembership(m.get(i), m.get(j), g.id(), g.generation(), g.createdAt(), g.dissolvedAt()));
                }
            }
        }
        return out;
    }

    /** Loads the groups of a query and their members with one more query. */
    private List<LearningGroup> load(String sql, Object... params) {
        List<Row> rows = jdbc.query(sql, JdbcGroups::row, params);
        if (rows.isEmpty()) return List.of();
        Map<String, List<LeaderId>> members = members(rows.stream().map(Row::id).toList());
        List<LearningGroup> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<LeaderId> m = members.get(r.id);
            if (m == null || m.isEmpty()) continue; // cannot happen through save(); skip rather than fail the list
            out.add(new LearningGroup(new GroupId(r.id), r.workspace, r.name, r.generation, m, r.conversation, r.booking,
                    r.status, r.createdAt, r.dissolvedAt));
        }
        return out;
    }

    private Map<String, List<LeaderId>> members(List<String> groupIds) {
        Map<String, List<LeaderId>> out = new LinkedHashMap<>();
        // Chunks keep the IN list well inside both databases' parameter limits.
        for (int from = 0; from < groupIds.size(); from += 500) {
            List<String> chunk = groupIds.subList(from, Math.min(groupIds.size(), from + 500));
            String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(", "));
            jdbc.query("SELECT group_id, leader_key FROM group_members WHERE group_id IN (" + marks + ") "
                            + "ORDER BY group_id, position",
                    rs -> Map.entry(rs.getString("group_id"), LeaderId.parse(rs.getString("leader_key"))), chunk.toArray())
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    private record Row(String id, Workspace workspace, String name, int generation, Optional<ConversationRef> conversation,
                       Optional<StandingBooking> booking, GroupStatus status, java.time.Instant createdAt,
                       Optional<java.time.Instant> dissolvedAt) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("group_id"), Workspace.parse(rs.getString("workspace_key")), rs.getString("name"),
                rs.getInt("generation"), Rows.optionalString(rs, "conversation_ref").map(ConversationRef::new), booking(rs),
                GroupStatus.valueOf(rs.getString("status")), Rows.instant(rs, "created_at"),
                Rows.optionalInstant(rs, "dissolved_at"));
    }

    private static Optional<StandingBooking> booking(ResultSet rs) throws SQLException {
        Optional<Integer> weekday = Rows.optionalInt(rs, "booking_weekday");
        if (weekday.isEmpty()) return Optional.empty();
        return Optional.of(new StandingBooking(
                DayOfWeek.of(weekday.get()),
                Rows.optionalTime(rs, "booking_time").orElseThrow(),
                ZoneId.of(rs.getString("booking_zone")),
                Cadence.ofWeeks(rs.getInt("booking_cadence_weeks")),
                Duration.ofSeconds(rs.getInt("booking_duration_seconds")),
                MeetingFormat.valueOf(rs.getString("booking_format")),
                Rows.optionalString(rs, "booking_link").map(URI::create),
                Rows.optionalDate(rs, "booking_first_date").orElseThrow()));
    }
}
