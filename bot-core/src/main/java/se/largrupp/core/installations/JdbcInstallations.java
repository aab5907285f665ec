package se.largrupp.core.installations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;
import se.largrupp.core.storage.Rows;

/** Installations on the application's database, their tokens encrypted with the {@link TokenCipher}. */
public final class JdbcInstallations implements Installations {
    private static final String COLUMNS = "install_key, platform, enterprise_id, team_id, enterprise_install, app_id, bot_user_id, "
            + "bot_id, bot_scopes, bot_token, bot_refresh_token, bot_token_expires_at, installed_at";
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;
    private final TokenCipher cipher;
    private final Platform platform;

    public JdbcInstallations(Jdbc jdbc, TokenCipher cipher, Platform platform) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
        this.cipher = cipher;
        this.platform = platform;
    }

    @Override
    public void save(Installation i) {
        transactions.inTransaction(() -> {
            jdbc.update("DELETE FROM installations WHERE install_key = ?", i.key());
            jdbc.update("INSERT INTO installations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    i.key(), i.platform().key(), i.enterpriseId(), i.enterpriseInstall() ? null : i.teamId().orElse(null),
                    i.enterpriseInstall(), i.appId(), i.botUserId(), i.botId(), i.scopes(), cipher.encrypt(i.botToken()),
                    i.refreshToken().map(cipher::encrypt), i.tokenExpiresAt(), i.installedAt());
            if (!i.enterpriseInstall() && i.enterpriseId().isPresent()) workspaceInOrganisation(i.enterpriseId().get(), i.teamId().get());
        });
    }

    @Override
    public Optional<Installation> forWorkspace(Optional<String> enterpriseId, String teamId) {
        Optional<Installation> own = one("team_id = ? AND enterprise_install = FALSE", teamId);
        if (own.isPresent()) return own;
        Optional<String> organisation = enterpriseId.filter(e -> !e.isBlank()).or(() -> jdbc.queryOne(
                "SELECT enterprise_id FROM installation_teams WHERE team_id = ?", rs -> rs.getString(1), teamId));
        return organisation.flatMap(this::forOrganisation);
    }

    @Override
    public Optional<Installation> forOrganisation(String enterpriseId) {
        return one("enterprise_id = ? AND enterprise_install = TRUE", enterpriseId);
    }

    @Override
    public boolean delete(Optional<String> enterpriseId, Optional<String> teamId) {
        if (teamId.isPresent()) {
            int own = jdbc.update("DELETE FROM installations WHERE platform = ? AND team_id = ? AND enterprise_install = FALSE",
                    platform.key(), teamId.get());
            if (own > 0 || enterpriseId.isEmpty()) return own > 0;
        }
        return enterpriseId.isPresent() && jdbc.update(
                "DELETE FROM installations WHERE platform = ? AND enterprise_id = ? AND enterprise_install = TRUE",
                platform.key(), enterpriseId.get()) > 0;
    }

    @Override
    public void workspaceInOrganisation(String enterpriseId, String teamId) {
        transactions.inTransaction(() -> {
            Optional<String> known = jdbc.queryOne("SELECT enterprise_id FROM installation_teams WHERE team_id = ?",
                    rs -> rs.getString(1), teamId);
            if (known.filter(enterpriseId::equals).isPresent()) return;
            jdbc.update("DELETE FROM installation_teams WHERE team_id = ?", teamId);
            jdbc.update("INSERT INTO installation_teams (enterprise_id, team_id) VALUES (?, ?)", enterpriseId, teamId);
        });
    }

    @Override
    public void workspaceLeftOrganisation(String teamId) {
        jdbc.update("DELETE FROM installation_teams WHERE team_id = ?", teamId);
    }

    @Override
    public List<String> workspacesOf(String enterpriseId) {
        return jdbc.query("SELECT team_id FROM installation_teams WHERE enterprise_id = ? ORDER BY team_id",
                rs -> rs.getString(1), enterpriseId);
    }

    private Optional<Installation> one(String where, String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM installations WHERE platform = ? AND " + where,
                this::read, platform.key(), id);
    }

    private Installation read(ResultSet rs) throws SQLException {
        return new Installation(Platform.fromKey(rs.getString("platform")),
                Optional.ofNullable(rs.getString("enterprise_id")), Optional.ofNullable(rs.getString("team_id")),
                rs.getBoolean("enterprise_install"), Optional.ofNullable(rs.getString("app_id")),
                Optional.ofNullable(rs.getString("bot_user_id")), Optional.ofNullable(rs.getString("bot_id")),
                Optional.ofNullable(rs.getString("bot_scopes")), cipher.decrypt(rs.getString("bot_token")),
                Optional.ofNullable(rs.getString("bot_refresh_token")).map(cipher::decrypt),
                Rows.optionalInstant(rs, "bot_token_expires_at"), Rows.instant(rs, "installed_at"));
    }
}
