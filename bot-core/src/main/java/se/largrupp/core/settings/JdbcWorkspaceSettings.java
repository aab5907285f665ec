package se.largrupp.core.settings;

import java.util.Optional;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;

/**
 * Settings on the application's database, one row per changed setting of a workspace; who changed it is not kept
 * (no personal data here). A stored value that no longer reads (an older format) falls back to the default.
 */
public final class JdbcWorkspaceSettings implements WorkspaceSettings {
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;
    private final ProgrammeSettings defaults;

    public JdbcWorkspaceSettings(Jdbc jdbc, ProgrammeSettings defaults) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
        this.defaults = defaults;
    }

    @Override
    public ProgrammeSettings of(Workspace workspace) {
        ProgrammeSettings out = defaults;
        for (String[] row : jdbc.query("SELECT name, setting_value FROM workspace_settings WHERE workspace_key = ? ORDER BY name",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, workspace.key())) {
            Optional<Setting> setting = Setting.named(row[0]);
            if (setting.isEmpty()) continue;
            String stored = row[1] == null ? "" : row[1];
            try {
                out = out.with(setting.get(), stored);
            } catch (RuntimeException e) {
                // A value that no longer reads keeps the default: better than a failed nudge.
            }
        }
        return out;
    }

    @Override
    public void change(Workspace workspace, Setting setting, String stored) {
        transactions.inTransaction(() -> {
            jdbc.update("DELETE FROM workspace_settings WHERE workspace_key = ? AND name = ?", workspace.key(), setting.key());
            jdbc.update("INSERT INTO workspace_settings (workspace_key, name, setting_value) VALUES (?, ?, ?)",
                    workspace.key(), setting.key(), stored);
        });
    }
}
