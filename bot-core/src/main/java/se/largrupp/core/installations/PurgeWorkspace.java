package se.largrupp.core.installations;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.WakeSubjects;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.StorageException;

/**
 * Deletes everything the application's database holds for one workspace: leaders, admins, groups and their history,
 * bookings and answers, rounds, the outbox of its conversations, previews, the waiting list, invitations, proposals,
 * settings — every table with a column that names the workspace, one of its leaders, groups, rounds or conversations,
 * found in the schema itself so a feature's new table is purged without being listed here. The group's wake-ups are
 * cancelled. Rows are deleted in passes until the foreign keys let the last go; running it again finishes a purge
 * that was interrupted.
 */
public final class PurgeWorkspace {
    /** Tables that are not a workspace's programme: the installations themselves, Flyway's and Quartz's. */
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "installations", "installation_teams", "oauth_states",
            "secret_key_check", "workspace_uninstalls", "processed_deliveries");
    private static final int PASSES = 6;
    private final Jdbc jdbc;
    private final Wakeups wakeups;

    public PurgeWorkspace(Jdbc jdbc, Wakeups wakeups) {
        this.jdbc = jdbc;
        this.wakeups = wakeups;
    }

    /** @return the rows deleted */
    public int purge(Workspace workspace) {
        List<String> groups = jdbc.query("SELECT group_id FROM learning_groups WHERE workspace_key = ?", rs -> rs.getString(1), workspace.key());
        List<String> rounds = groups.isEmpty() ? List.of() : jdbc.query("SELECT round_id FROM rounds WHERE group_id IN ("
                + marks(groups.size()) + ")", rs -> rs.getString(1), groups.toArray());
        for (String g : groups) wakeups.cancelAll(WakeSubjects.groupPrefix(new GroupId(g)));
        Map<String, Set<String>> tables = columns();
        int deleted = 0;
        List<String> left = new ArrayList<>(tables.keySet());
        for (int pass = 0; pass < PASSES && !left.isEmpty(); pass++) {
            List<String> failed = new ArrayList<>();
            for (String table : left) {
                // The workspace's groups and leaders go last: other tables are found through them.
                if (pass == 0 && (table.equals("learning_groups") || table.equals("leaders") || table.equals("rounds"))) {
                    failed.add(table);
                    continue;
                }
                try {
                    deleted += delete(table, tables.get(table), workspace, groups, rounds);
                } catch (StorageException e) {
                    failed.add(table);
                }
            }
            left = failed;
        }
        if (!left.isEmpty()) throw new IllegalStateException("could not purge " + workspace.key() + " from " + left);
        return deleted;
    }

    private int delete(String table, Set<String> cols, Workspace ws, List<String> groups, List<String> rounds) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String c : List.of("workspace_key", "workspace")) if (cols.contains(c)) {
            where.add(c + " = ?");
            params.add(ws.key());
        }
        for (String c : List.of("leader_key", "conversation", "conversation_ref")) if (cols.contains(c)) {
            where.add(c + " LIKE ?");
            params.add(ws.key() + ":%");
        }
        if (cols.contains("group_id") && !groups.isEmpty()) {
            where.add("group_id IN (" + marks(groups.size()) + ")");
            params.addAll(groups);
        }
        if (cols.contains("round_id") && !rounds.isEmpty()) {
            where.add("round_id IN (" + marks(rounds.size()) + ")");
            params.addAll(rounds);
        }
        if (where.isEmpty()) return 0;
        return jdbc.update("DELETE FROM " + table + " WHERE " + String.join(" OR ", where), params.toArray());
    }

    /** Every table of the application's schema and its columns, lower case. */
    private Map<String, Set<String>> columns() {
        return jdbc.withConnection(c -> {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (KEPT.contains(table) || table.startsWith("qrtz_")) continue;
                    out.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
