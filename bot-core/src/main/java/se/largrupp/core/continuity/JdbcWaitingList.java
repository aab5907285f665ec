package se.largrupp.core.continuity;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** The waiting list in {@code waiting_list} (V80). */
public final class JdbcWaitingList implements WaitingList {
    private final Jdbc jdbc;

    public JdbcWaitingList(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingEntry> of(Workspace workspace) {
        return jdbc.query("SELECT leader_key, since, told_at FROM waiting_list WHERE workspace_key = ? ORDER BY since, leader_key",
                rs -> new WaitingEntry(LeaderId.parse(rs.getString("leader_key")), Rows.instant(rs, "since"),
                        Rows.optionalInstant(rs, "told_at")), workspace.key());
    }

    @Override
    public void save(WaitingEntry e) {
        int updated = jdbc.update("UPDATE waiting_list SET since = ?, told_at = ? WHERE leader_key = ?",
                e.since(), e.toldAt(), e.leader().key());
        if (updated == 0) jdbc.update("INSERT INTO waiting_list (leader_key, workspace_key, since, told_at) VALUES (?, ?, ?, ?)",
                e.leader().key(), e.leader().workspace().key(), e.since(), e.toldAt());
    }

    @Override
    public void remove(LeaderId leader) {
        jdbc.update("DELETE FROM waiting_list WHERE leader_key = ?", leader.key());
    }
}
