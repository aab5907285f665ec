package se.largrupp.core.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/**
 * The history from the application's tables: the repositories for leaders, groups and meetings, and two read-only
 * queries of the rounds that ran (who took part) and the groups leaders started themselves.
 */
public final class JdbcInsightsSource implements InsightsSource {
    private final Jdbc jdbc;
    private final Leaders leaders;
    private final Groups groups;
    private final Meetings meetings;

    public JdbcInsightsSource(Jdbc jdbc, Leaders leaders, Groups groups, Meetings meetings) {
        this.jdbc = jdbc;
        this.leaders = leaders;
        this.groups = groups;
        this.meetings = meetings;
    }

    @Override
    public History load(Workspace workspace) {
        List<LearningGroup> all = new ArrayList<>();
        for (String id : jdbc.query("SELECT group_id FROM learning_groups WHERE workspace_key = ? ORDER BY created_at, group_id",
                rs -> rs.getString(1), workspace.key()))
            groups.find(new GroupId(id)).ifPresent(all::add);
        Map<GroupId, List<Meeting>> byGroup = new HashMap<>();
        all.forEach(g -> byGroup.put(g.id(), meetings.ofGroup(g.id())));
        Map<GroupId, List<History.RoundHeld>> rounds = new HashMap<>();
        jdbc.query("SELECT r.group_id, r.started_at, r.turn_order FROM rounds r JOIN learning_groups g ON g.group_id = r.group_id"
                + " WHERE g.workspace_key = ? ORDER BY r.started_at", rs -> {
                    rounds.computeIfAbsent(new GroupId(rs.getString("group_id")), k -> new ArrayList<>())
                            .add(new History.RoundHeld(Rows.instant(rs, "started_at"), order(rs.getString("turn_order"))));
                    return true;
                }, workspace.key());
        Set<GroupId> selfStarted = new HashSet<>(jdbc.query("SELECT group_id FROM group_invitations WHERE workspace_key = ?"
                + " AND self_started = TRUE AND group_id IS NOT NULL", rs -> new GroupId(rs.getString(1)), workspace.key()));
        return new History(workspace, leaders.inWorkspace(workspace), all, byGroup, rounds, selfStarted);
    }

    /** The rounds table's turn order: one {@code platform TAB workspace TAB user} line per person present. */
    private static List<LeaderId> order(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("\n")).map(line -> line.split("\t", 3)).filter(p -> p.length == 3)
                .map(p -> Optional.of(LeaderId.of(Platform.fromKey(p[0]), p[1], p[2]))).flatMap(Optional::stream).toList();
    }
}
