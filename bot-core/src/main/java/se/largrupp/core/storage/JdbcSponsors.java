package se.largrupp.core.storage;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Sponsors;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.PersonalData;

/** The sponsors stored per workspace; forgetting a person removes them and their name as the one who added others. */
public final class JdbcSponsors implements Sponsors, PersonalData {
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcSponsors(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
        this.clock = clock;
    }

    @Override
    public boolean isSponsor(LeaderId who) {
        return jdbc.queryOne("SELECT 1 AS yes FROM sponsors WHERE leader_key = ?", rs -> true, who.key()).isPresent();
    }

    @Override
    public Set<LeaderId> added(Workspace workspace) {
        return new LinkedHashSet<>(jdbc.query("SELECT leader_key FROM sponsors WHERE workspace_key = ? ORDER BY added_at, leader_key",
                rs -> LeaderId.parse(rs.getString("leader_key")), workspace.key()));
    }

    @Override
    public void add(LeaderId who, LeaderId by) {
        transactions.inTransaction(() -> {
            if (isSponsor(who)) return;
            jdbc.update("INSERT INTO sponsors (workspace_key, leader_key, added_by, added_at) VALUES (?, ?, ?, ?)",
                    who.workspace().key(), who.key(), by.key(), clock.instant());
        });
    }

    @Override
    public void remove(LeaderId who) {
        jdbc.update("DELETE FROM sponsors WHERE leader_key = ?", who.key());
    }

    @Override
    public void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations) {
        remove(leader);
        jdbc.update("UPDATE sponsors SET added_by = NULL WHERE added_by = ?", leader.key());
    }
}
