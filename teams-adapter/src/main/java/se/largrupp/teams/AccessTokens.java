package se.largrupp.teams;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import se.largrupp.teams.graph.IdentityTokens;

/** The bearer token for calls to the Bot Connector; none in dev mode (the stand-in is anonymous). */
public interface AccessTokens {
    /** The authority of multi-tenant bots: Bot Framework's own tenant. */
    String MULTI_TENANT_AUTHORITY = "botframework.com";

    Optional<String> token();

    static AccessTokens none() {
        return Optional::empty;
    }

    /** Against the public identity platform. */
    static AccessTokens of(TeamsSettings settings) {
        return of(settings, URI.create("https://login.microsoftonline.com/"), Clock.systemUTC());
    }

    /**
     * Client credentials for the Bot Connector scope ({@code https://api.botframework.com/.default}) from the identity
     * platform at {@code loginUrl} ({@code GRAPH_LOGIN_URL}): a single-tenant bot ({@code MICROSOFT_APP_TENANT_ID})
     * asks its own tenant's endpoint ({@code {login}/{tenant}/oauth2/v2.0/token}), as Azure requires of bots
     * registered since 2025; a multi-tenant bot asks {@code {login}/botframework.com/…}. Cached until shortly before
     * expiry by the shared {@link IdentityTokens}.
     */
    static AccessTokens of(TeamsSettings settings, URI loginUrl, Clock clock) {
        if (settings.appId().isEmpty()) return none();
        IdentityTokens tokens = new IdentityTokens(loginUrl, settings.tenantId().orElse(MULTI_TENANT_AUTHORITY),
                settings.appId().get(), settings.appPassword().orElse(""), clock);
        return () -> Optional.of(tokens.token(IdentityTokens.BOT_FRAMEWORK));
    }
}
