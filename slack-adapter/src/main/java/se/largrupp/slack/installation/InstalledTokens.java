package se.largrupp.slack.installation;

import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.installations.Installation;
import se.largrupp.core.installations.Installations;
import se.largrupp.slack.web.BotToken;
import se.largrupp.slack.web.WorkspaceTokens;

/**
 * The OAuth mode's tokens: each workspace's from its installation (its own, or its organisation's), read for every call
 * so an uninstall or a reinstall takes effect at once. A rotating token close to its expiry is refreshed first
 * ({@code oauth.v2.access} with the refresh token, as Bolt's {@link TokenRotator} does it) and the new pair stored;
 * one refresh per installation at a time, since a refresh token is spent by its use.
 */
public final class InstalledTokens implements WorkspaceTokens {
    private static final Logger log = LoggerFactory.getLogger(InstalledTokens.class);
    private final Installations installations;
    private final TokenRotator rotator;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public InstalledTokens(Installations installations, TokenRotator rotator) {
        this.installations = installations;
        this.rotator = rotator;
    }

    /** Refreshing rotating tokens with the app's client id and secret ({@code oauth.v2.access} through {@code slack}). */
    public static InstalledTokens rotating(Installations installations, com.slack.api.Slack slack, String clientId, String clientSecret) {
        return new InstalledTokens(installations, new TokenRotator(slack.methods(), TokenRotator.DEFAULT_MILLISECONDS_BEFORE_EXPIRATION,
                clientId, clientSecret));
    }

    @Override
    public Optional<BotToken> forTeam(String teamId) {
        return installations.forWorkspace(Optional.empty(), teamId).map(i -> fresh(i, teamId))
                .map(i -> new BotToken(i.botToken(), i.enterpriseInstall()));
    }

    private Installation fresh(Installation found, String teamId) {
        if (found.refreshToken().isEmpty() || found.tokenExpiresAt().isEmpty()) return found;
        synchronized (locks.computeIfAbsent(found.key(), k -> new Object())) {
            // Another thread may have refreshed it while this one waited.
            Installation current = installations.forWorkspace(Optional.empty(), teamId).orElse(found);
            if (current.refreshToken().isEmpty() || current.tokenExpiresAt().isEmpty()) return current;
            try {
                Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r.accessToken(current.botToken())
                        .refreshToken(current.refreshToken().get()).expiresAt(current.tokenExpiresAt().get().toEpochMilli()));
                if (refreshed.isEmpty()) return current;
                RefreshedToken t = refreshed.get();
                Installation rotated = current.withToken(t.getAccessToken(), Optional.ofNullable(t.getRefreshToken()),
                        Optional.ofNullable(t.getExpiresAt()).map(Instant::ofEpochMilli));
                installations.save(rotated);
                log.info("rotated the Slack token of {}", current.enterpriseInstall() ? "an organisation" : "a workspace");
                return rotated;
            } catch (TokenRotationException e) {
                // Not the message: it may quote Slack's answer. The current token may still work until it expires.
                log.warn("rotating a Slack token failed ({}); using the current one", e.getCause() == null
                        ? "Slack refused" : e.getCause().getClass().getSimpleName());
                return current;
            }
        }
    }
}
