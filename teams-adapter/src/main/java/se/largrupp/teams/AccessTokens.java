package se.largrupp.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The bearer token for calls to the Bot Connector; none in dev mode (the stand-in is anonymous). */
public interface AccessTokens {
    Optional<String> token();

    static AccessTokens none() {
        return Optional::empty;
    }

    /** The SDK's client-credentials flow against Entra ID (MSAL caches and renews the token). */
    static AccessTokens of(TeamsSettings settings) {
        if (settings.appId().isEmpty()) return none();
        MicrosoftAppCredentials credentials = settings.tenantId()
                .map(t -> new MicrosoftAppCredentials(settings.appId().get(), settings.appPassword().orElse(""), t))
                .orElseGet(() -> new MicrosoftAppCredentials(settings.appId().get(), settings.appPassword().orElse("")));
        return () -> {
            try {
                return Optional.of(credentials.getToken().get(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching a Bot Framework token", e);
            } catch (Exception e) {
                throw new IllegalStateException("could not fetch a Bot Framework token", e);
            }
        };
    }
}
