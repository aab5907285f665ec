package se.largrupp.core.orgchart;

import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** Previews that wait for an admin's Apply, Cancel or Invite, in {@code org_import_previews} (V111). */
public final class ImportPreviews {
    public record Stored(String id, LeaderId createdBy, Instant createdAt, ImportPlan plan) {}

    private final Jdbc jdbc;

    public ImportPreviews(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String id, LeaderId createdBy, Instant at, ImportPlan plan) {
        jdbc.update("INSERT INTO org_import_previews (preview_id, workspace_key, created_by, created_at, plan) VALUES (?, ?, ?, ?, ?)",
                id, plan.workspace().key(), createdBy.key(), at, PlanCodec.encode(plan));
    }

    /** The workspace's preview with this id, if it is newer than {@code notBefore}. */
    public Optional<Stored> find(Workspace workspace, String id, Instant notBefore) {
        return jdbc.queryOne("SELECT preview_id, created_by, created_at, plan FROM org_import_previews "
                        + "WHERE preview_id = ? AND workspace_key = ? AND created_at >= ?",
                rs -> new Stored(rs.getString("preview_id"), LeaderId.parse(rs.getString("created_by")), Rows.instant(rs, "created_at"),
                        PlanCodec.decode(rs.getString("plan"))), id, workspace.key(), notBefore);
    }

    /** Deletes one preview; true when it was there (so of two presses of Apply, one applies). */
    public boolean delete(String id) {
        return jdbc.update("DELETE FROM org_import_previews WHERE preview_id = ?", id) == 1;
    }

    /** Old previews go; so does every preview of a workspace where someone asked to be forgotten (they may be in it). */
    public void deleteOlderThan(Instant cutoff) {
        jdbc.update("DELETE FROM org_import_previews WHERE created_at < ?", cutoff);
    }

    /** Who made the workspace's waiting previews: their direct messages show the preview, names and all. */
    public java.util.List<LeaderId> creators(Workspace workspace) {
        return jdbc.query("SELECT DISTINCT created_by FROM org_import_previews WHERE workspace_key = ?",
                rs -> LeaderId.parse(rs.getString(1)), workspace.key());
    }

    public void forget(LeaderId person) {
        jdbc.update("DELETE FROM org_import_previews WHERE workspace_key = ?", person.workspace().key());
    }
}
