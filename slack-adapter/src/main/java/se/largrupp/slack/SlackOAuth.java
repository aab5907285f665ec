package se.largrupp.slack;

import java.util.Map;
import java.util.Optional;

/**
 * A distributable app ("Add to Slack"): {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}, and as Bolt names them
 * {@code SLACK_REDIRECT_URI} (must be one of the manifest's {@code oauth_config.redirect_urls}; without it Slack uses
 * the only one there) and {@code SLACK_SCOPES} (the bot scopes asked for; the manifest's by default).
 */
public record SlackOAuth(String clientId, String clientSecret, Optional<String> redirectUri, String scopes) {
    /** The manifest's bot scopes (a test keeps them equal): a workspace installed with fewer lacks a feature. */
    public static final String DEFAULT_SCOPES = "commands,chat:write,chat:write.public,groups:write,groups:read,im:write,"
            + "im:history,users:read,files:write,users:read.email,users.profile:read,files:read";

    public SlackOAuth {
        if (clientId == null || clientId.isBlank()) throw new IllegalArgumentException("SLACK_CLIENT_ID is missing");
        if (clientSecret == null || clientSecret.isBlank()) throw new IllegalArgumentException("SLACK_CLIENT_SECRET is missing");
        redirectUri = redirectUri.filter(s -> !s.isBlank());
        if (scopes == null || scopes.isBlank()) scopes = DEFAULT_SCOPES;
    }

    /** Present when both the client id and secret are set. */
    public static Optional<SlackOAuth> fromEnvironment(Map<String, String> env) {
        String id = env.get("SLACK_CLIENT_ID");
        String secret = env.get("SLACK_CLIENT_SECRET");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) return Optional.empty();
        return Optional.of(new SlackOAuth(id, secret, Optional.ofNullable(env.get("SLACK_REDIRECT_URI")),
                env.get("SLACK_SCOPES")));
    }

    /** The secret stays out of logs. */
    @Override
    public String toString() {
        return "SlackOAuth[clientId=" + clientId + ", redirectUri=" + redirectUri.orElse("-") + ", scopes=" + scopes + "]";
    }
}
