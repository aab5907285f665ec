package se.largrupp.core.installations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Platform;

/**
 * A bot installed by OAuth in one workspace, or in a whole organisation (Slack Enterprise Grid,
 * {@code enterpriseInstall}): who it is there and the token it acts with. The token is plain here; storage encrypts it.
 *
 * @param teamId         the workspace; empty for an organisation-wide install
 * @param enterpriseId   the organisation; empty outside an Enterprise Grid
 * @param refreshToken   present when the app rotates its tokens
 * @param tokenExpiresAt when a rotating token stops working
 */
public record Installation(
        Platform platform,
        Optional<String> enterpriseId,
        Optional<String> teamId,
        boolean enterpriseInstall,
        Optional<String> appId,
        Optional<String> botUserId,
        Optional<String> botId,
        Optional<String> scopes,
        String botToken,
        Optional<String> refreshToken,
        Optional<Instant> tokenExpiresAt,
        Instant installedAt) {

    public Installation {
        Objects.requireNonNull(platform, "platform");
        if (botToken == null || botToken.isBlank()) throw new IllegalArgumentException("an installation needs a bot token");
        if (enterpriseInstall && enterpriseId.isEmpty()) throw new IllegalArgumentException("an organisation-wide install needs its enterprise id");
        if (!enterpriseInstall && teamId.isEmpty()) throw new IllegalArgumentException("a workspace install needs its team id");
        Objects.requireNonNull(installedAt, "installedAt");
    }

    /** The row's identity: the organisation for an organisation-wide install, else the workspace. */
    public String key() {
        return platform.key() + ":" + (enterpriseInstall ? "org:" + enterpriseId.orElseThrow() : teamId.orElseThrow());
    }

    public Installation withToken(String token, Optional<String> refresh, Optional<Instant> expiresAt) {
        return new Installation(platform, enterpriseId, teamId, enterpriseInstall, appId, botUserId, botId, scopes, token,
                refresh, expiresAt, installedAt);
    }

    /** Tokens stay out of logs. */
    @Override
    public String toString() {
        return "Installation[" + key() + "]";
    }
}
