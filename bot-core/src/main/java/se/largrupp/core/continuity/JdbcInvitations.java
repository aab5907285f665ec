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

/** Invitations in {@code group_invitations}, their invitees in order in {@code group_invitees} (V80). */
public final class JdbcInvitations implements Invitations {
    private static final String SELECT = "SELECT invitation_id, workspace_key, initiator_key, self_started, created_at, "
            + "expires_at, status, group_id, keep_together FROM group_invitations ";
    private final Jdbc jdbc;

    public JdbcInvitations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Invitation i) {
        Object[] values = {i.workspace().key(), i.initiator().map(LeaderId::key), i.selfStarted(), i.createdAt(), i.expiresAt(),
                i.status(), i.group().map(GroupId::value), i.keepTogether(), i.id()};
        int updated = jdbc.update("UPDATE group_invitations SET workspace_key = ?, initiator_key = ?, self_started = ?, "
                + "created_at = ?, expires_at = ?, status = ?, group_id = ?, keep_together = ? WHERE invitation_id = ?", values);
        if (updated == 0) jdbc.update("INSERT INTO group_invitations (workspace_key, initiator_key, self_started, created_at, "
                + "expires_at, status, group_id, keep_together, invitation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        jdbc.update("DELETE FROM group_invitees WHERE invitation_id = ?", i.id());
        int position = 0;
        for (Invitation.Invitee x : i.invitees())
            jdbc.update("INSERT INTO group_invitees (invitation_id, leader_key, position, answer) VALUES (?, ?, ?, ?)",
                    i.id(), x.leader().key(), position++, x.answer());
    }

    @Override
    public Optional<Invitation> find(String id) {
        return load(SELECT + "WHERE invitation_id = ?", id).stream().findFirst();
    }

    @Override
    public List<Invitation> inWorkspace(Workspace workspace) {
        return load(SELECT + "WHERE workspace_key = ? ORDER BY created_at, invitation_id", workspace.key());
    }

    @Override
    public void delete(String id) {
        jdbc.update("DELETE FROM group_invitees WHERE invitation_id = ?", id);
        jdbc.update("DELETE FROM group_invitations WHERE invitation_id = ?", id);
    }

    private List<Invitation> load(String sql, Object... params) {
        List<Invitation> out = new ArrayList<>();
        for (Invitation head : jdbc.query(sql, JdbcInvitations::head, params)) {
            List<Invitation.Invitee> invitees = jdbc.query("SELECT leader_key, answer FROM group_invitees WHERE invitation_id = ? "
                    + "ORDER BY position", rs -> new Invitation.Invitee(LeaderId.parse(rs.getString("leader_key")),
                    Invitation.Answer.valueOf(rs.getString("answer"))), head.id());
            out.add(new Invitation(head.id(), head.workspace(), head.initiator(), head.selfStarted(), head.createdAt(),
                    head.expiresAt(), head.status(), head.group(), head.keepTogether(), invitees));
        }
        return out;
    }

    private static Invitation head(ResultSet rs) throws SQLException {
        return new Invitation(rs.getString("invitation_id"), Workspace.parse(rs.getString("workspace_key")),
                Rows.optionalString(rs, "initiator_key").map(LeaderId::parse), rs.getBoolean("self_started"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"), Invitation.Status.valueOf(rs.getString("status")),
                Rows.optionalString(rs, "group_id").map(GroupId::new), rs.getBoolean("keep_together"), List.of());
    }
}
