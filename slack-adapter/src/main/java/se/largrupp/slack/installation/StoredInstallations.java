package se.largrupp.slack.installation;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.installations.Installation;
import se.largrupp.core.installations.InstallationEvents;
import se.largrupp.core.installations.Installations;
import se.largrupp.core.leaders.Platform;
import se.largrupp.slack.SlackRefs;

/**
 * Bolt's installation store on the application's database (through the core's {@link Installations}, which encrypts
 * the tokens). Only the bot is kept: Lärgrupp asks for no user token, and the installer's id becomes an admin, not a
 * column here. The latest install of a workspace or organisation wins.
 */
public final class StoredInstallations implements InstallationService {
    private final Installations installations;
    private final InstallationEvents events;

    public StoredInstallations(Installations installations, InstallationEvents events) {
        this.installations = installations;
        this.events = events;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) throw new UnsupportedOperationException("installations keep no history");
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        save(i.getEnterpriseId(), i.getTeamId(), Boolean.TRUE.equals(i.getIsEnterpriseInstall()), i.getAppId(), i.getBotUserId(),
                i.getBotId(), i.getBotScope(), i.getBotAccessToken(), i.getBotRefreshToken(), i.getBotTokenExpiresAt(), i.getInstalledAt());
        boolean organisation = Boolean.TRUE.equals(i.getIsEnterpriseInstall());
        if (!organisation && i.getTeamId() != null) {
            // The person who installed the app in a workspace is its first admin.
            Optional<String> installer = Optional.ofNullable(i.getInstallerUserId()).filter(u -> !u.isBlank());
            events.installed(SlackRefs.workspace(i.getTeamId()), installer.map(u -> SlackRefs.leader(i.getTeamId(), u)));
        } else if (organisation && i.getEnterpriseId() != null) {
            for (String team : installations.workspacesOf(i.getEnterpriseId())) {
                events.installed(SlackRefs.workspace(team), Optional.empty());
            }
        }
    }

    /** A rotated token. */
    @Override
    public void saveBot(Bot b) {
        save(b.getEnterpriseId(), b.getTeamId(), Boolean.TRUE.equals(b.getIsEnterpriseInstall()), b.getAppId(), b.getBotUserId(),
                b.getBotId(), b.getBotScope(), b.getBotAccessToken(), b.getBotRefreshToken(), b.getBotTokenExpiresAt(), b.getInstalledAt());
    }

    private void save(String enterprise, String team, boolean organisation, String appId, String botUserId, String botId,
            String scopes, String token, String refresh, Long expiresAt, Long installedAt) {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("the install gave no bot token (is the bot scope set?)");
        installations.save(new Installation(Platform.SLACK, blankless(enterprise), organisation ? Optional.empty() : blankless(team),
                organisation, blankless(appId), blankless(botUserId), blankless(botId), blankless(scopes), token,
                blankless(refresh), Optional.ofNullable(expiresAt).map(Instant::ofEpochMilli),
                installedAt == null ? Instant.now() : Instant.ofEpochMilli(installedAt)));
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // No installer rows are kept.
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        Optional<Installation> found = teamId == null || teamId.isBlank()
                ? blankless(enterpriseId).flatMap(installations::forOrganisation)
                : installations.forWorkspace(blankless(enterpriseId), teamId);
        return found.map(StoredInstallations::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.delete(blankless(enterpriseId), blankless(teamId));
    }

    static DefaultBot bot(Installation i) {
        DefaultBot b = new DefaultBot();
        b.setAppId(i.appId().orElse(null));
        b.setEnterpriseId(i.enterpriseId().orElse(null));
        b.setTeamId(i.teamId().orElse(null));
        b.setIsEnterpriseInstall(i.enterpriseInstall());
        b.setBotId(i.botId().orElse(null));
        b.setBotUserId(i.botUserId().orElse(null));
        b.setBotScope(i.scopes().orElse(null));
        b.setScope(i.scopes().orElse(null));
        b.setBotAccessToken(i.botToken());
        b.setBotRefreshToken(i.refreshToken().orElse(null));
        b.setBotTokenExpiresAt(i.tokenExpiresAt().map(Instant::toEpochMilli).orElse(null));
        b.setInstalledAt(i.installedAt().toEpochMilli());
        return b;
    }

    private static Optional<String> blankless(String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }
}
