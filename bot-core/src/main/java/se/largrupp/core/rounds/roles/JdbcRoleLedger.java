package se.largrupp.core.rounds.roles;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** The ledger in {@code round_roles} (V91). */
public final class JdbcRoleLedger implements RoleLedger {
    private final Jdbc jdbc;

    public JdbcRoleLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LeaderId, Entry> of(GroupId group, Role role) {
        Map<LeaderId, Entry> out = new LinkedHashMap<>();
        jdbc.query("SELECT platform, workspace_id, user_id, times, last_at FROM round_roles WHERE group_id = ? AND role = ?",
                rs -> {
                    out.put(LeaderId.of(Platform.fromKey(rs.getString(1)), rs.getString(2), rs.getString(3)),
                            new Entry(rs.getInt(4), Rows.instant(rs, "last_at")));
                    return null;
                }, group.value(), role);
        return out;
    }

    @Override
    public void record(GroupId group, Role role, LeaderId leader, Instant at) {
        Object[] key = {group.value(), role, leader.workspace().platform().key(), leader.workspace().id(), leader.user()};
        int updated = jdbc.update("UPDATE round_roles SET times = times + 1, last_at = ? WHERE group_id = ? AND role = ? "
                + "AND platform = ? AND workspace_id = ? AND user_id = ?", at, key[0], key[1], key[2], key[3], key[4]);
        if (updated == 0)
            jdbc.update("INSERT INTO round_roles (group_id, role, platform, workspace_id, user_id, times, last_at) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?)", key[0], key[1], key[2], key[3], key[4], at);
    }

    @Override
    public void forget(LeaderId leader) {
        jdbc.update("DELETE FROM round_roles WHERE platform = ? AND workspace_id = ? AND user_id = ?",
                leader.workspace().platform().key(), leader.workspace().id(), leader.user());
    }
}
