package se.largrupp.core.continuity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** Proposals in {@code continuity_proposals}, their members in order in {@code continuity_proposal_members} (V80). */
public final class JdbcProposals implements Proposals {
    private static final String SELECT = "SELECT proposal_id, workspace_key, kind, status, group_id, other_group_id, "
            + "group_accepted, other_accepted, created_at FROM continuity_proposals ";
    private final Jdbc jdbc;

    public JdbcProposals(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Proposal p) {
        Object[] values = {p.workspace().key(), p.kind(), p.status(), p.group().map(GroupId::value), p.other().map(GroupId::value),
                p.groupAccepted(), p.otherAccepted(), p.createdAt(), p.id()};
        int updated = jdbc.update("UPDATE continuity_proposals SET workspace_key = ?, kind = ?, status = ?, group_id = ?, "
                + "other_group_id = ?, group_accepted = ?, other_accepted = ?, created_at = ? WHERE proposal_id = ?", values);
        if (updated == 0) jdbc.update("INSERT INTO continuity_proposals (workspace_key, kind, status, group_id, other_group_id, "
                + "group_accepted, other_accepted, created_at, proposal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        jdbc.update("DELETE FROM continuity_proposal_members WHERE proposal_id = ?", p.id());
        int position = 0;
        for (LeaderId m : p.members())
            jdbc.update("INSERT INTO continuity_proposal_members (proposal_id, leader_key, position) VALUES (?, ?, ?)",
                    p.id(), m.key(), position++);
    }

    @Override
    public Optional<Proposal> find(String id) {
        return load(SELECT + "WHERE proposal_id = ?", id).stream().findFirst();
    }

    @Override
    public List<Proposal> inWorkspace(Workspace workspace) {
        return load(SELECT + "WHERE workspace_key = ? ORDER BY created_at, proposal_id", workspace.key());
    }

    @Override
    public void delete(String id) {
        jdbc.update("DELETE FROM continuity_proposal_members WHERE proposal_id = ?", id);
        jdbc.update("DELETE FROM continuity_proposals WHERE proposal_id = ?", id);
    }

    private List<Proposal> load(String sql, Object... params) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal head : jdbc.query(sql, JdbcProposals::head, params)) {
            List<LeaderId> members = jdbc.query("SELECT leader_key FROM continuity_proposal_members WHERE proposal_id = ? "
                    + "ORDER BY position", rs -> LeaderId.parse(rs.getString("leader_key")), head.id());
            out.add(new Proposal(head.id(), head.workspace(), head.kind(), head.status(), members, head.group(), head.other(),
                    head.groupAccepted(), head.otherAccepted(), head.createdAt()));
        }
        return out;
    }

    private static Proposal head(ResultSet rs) throws SQLException {
        return new Proposal(rs.getString("proposal_id"), Workspace.parse(rs.getString("workspace_key")),
                Proposal.Kind.valueOf(rs.getString("kind")), Proposal.Status.valueOf(rs.getString("status")), List.of(),
                Rows.optionalString(rs, "group_id").map(GroupId::new), Rows.optionalString(rs, "other_group_id").map(GroupId::new),
                rs.getBoolean("group_accepted"), rs.getBoolean("other_accepted"), Rows.instant(rs, "created_at"));
    }
}
