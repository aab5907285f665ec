package se.largrupp.core.storage;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * The admins added in chat, per workspace. Only stored admins: the core combines these with the configured
 * ones ({@code LARGRUPP_ADMINS}), which are never written here.
 */
public final class JdbcAdmins implements Admins {
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcAdmins(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
        this.clock = clock;
    }

    @Override
    public boolean isAdmin(LeaderId who) {
        return jdbc.queryOne("SELECT 1 AS yes FROM admins WHERE leader_key = ?", rs -> true, who.key()).isPresent();
    }

    @Override
    public Set<LeaderId> added(Workspace workspace) {
        return new LinkedHashSet<>(jdbc.query("SELECT leader_key FROM admins WHERE workspace_key = ? ORDER BY added_at, leader_key",
                rs -> LeaderId.parse(rs.getString("leader_key")), workspace.key()));
    }

    /** Adding an admin twice keeps the first record (who added them, and when). */
    @Override
    public void add(LeaderId who, LeaderId by) {
        transactions.inTransaction(() -> {
            if (isAdmin(who)) return;
            jdbc.update("INSERT INTO admins (workspace_key, leader_key, added_by, added_at) VALUES (?, ?, ?, ?)",
                    who.workspace().key(), who.key(), by.key(), clock.instant());
        });
    }

    @Override
    public void remove(LeaderId who) {
        jdbc.update("DELETE FROM admins WHERE leader_key = ?", who.key());
    }
}
