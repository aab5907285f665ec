package se.largrupp.core.rounds;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Jdbc;

/** The agreements in {@code ground_rules_agreed} (V91). */
public final class JdbcGroundRules implements GroundRules {
    private final Jdbc jdbc;

    public JdbcGroundRules(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LeaderId> agreed(GroupId group) {
        return jdbc.query("SELECT platform, workspace_id, user_id FROM ground_rules_agreed WHERE group_id = ?",
                rs -> LeaderId.of(Platform.fromKey(rs.getString(1)), rs.getString(2), rs.getString(3)), group.value())
                .stream().collect(Collectors.toSet());
    }

    @Override
    public void agree(GroupId group, LeaderId leader, Instant at) {
        Object[] key = {group.value(), leader.workspace().platform().key(), leader.workspace().id(), leader.user()};
        if (jdbc.queryOne("SELECT 1 FROM ground_rules_agreed WHERE group_id = ? AND platform = ? AND workspace_id = ? AND user_id = ?",
                rs -> 1, key).isEmpty())
            jdbc.update("INSERT INTO ground_rules_agreed (group_id, platform, workspace_id, user_id, agreed_at) VALUES (?, ?, ?, ?, ?)",
                    key[0], key[1], key[2], key[3], at);
    }

    @Override
    public void forget(LeaderId leader) {
        jdbc.update("DELETE FROM ground_rules_agreed WHERE platform = ? AND workspace_id = ? AND user_id = ?",
                leader.workspace().platform().key(), leader.workspace().id(), leader.user());
    }
}
