package se.largrupp.teams.graph;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where Microsoft identity and Graph are, and the app registration that calls them.
 *
 * @param loginUrl     the identity platform, {@code https://login.microsoftonline.com/} unless {@code GRAPH_LOGIN_URL}
 * @param apiUrl       Graph, {@code https://graph.microsoft.com/} unless {@code GRAPH_API_URL}
 * @param tenant       the Entra tenant ({@code MICROSOFT_APP_TENANT_ID}); Graph's application permissions need one
 * @param clientId     the app registration ({@code MICROSOFT_APP_ID}, the bot's own)
 * @param clientSecret its secret ({@code MICROSOFT_APP_PASSWORD}); never printed
 */
public record GraphSettings(URI loginUrl, URI apiUrl, Optional<String> tenant, Optional<String> clientId,
                            Optional<String> clientSecret) {
    public static final URI DEFAULT_LOGIN_URL = URI.create("https://login.microsoftonline.com/");
    public static final URI DEFAULT_API_URL = URI.create("https://graph.microsoft.com/");

    public GraphSettings {
        loginUrl = withSlash(loginUrl == null ? DEFAULT_LOGIN_URL : loginUrl);
        apiUrl = withSlash(apiUrl == null ? DEFAULT_API_URL : apiUrl);
        tenant = blankToEmpty(tenant);
        clientId = blankToEmpty(clientId);
        clientSecret = blankToEmpty(clientSecret);
    }

    /** Reads GRAPH_LOGIN_URL, GRAPH_API_URL, MICROSOFT_APP_TENANT_ID, MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD. */
    public static GraphSettings fromEnvironment(Map<String, String> env) {
        return new GraphSettings(url(env.get("GRAPH_LOGIN_URL")), url(env.get("GRAPH_API_URL")),
                Optional.ofNullable(env.get("MICROSOFT_APP_TENANT_ID")), Optional.ofNullable(env.get("MICROSOFT_APP_ID")),
                Optional.ofNullable(env.get("MICROSOFT_APP_PASSWORD")));
    }

    /** Whether Graph can be called at all: a tenant, an app id and its secret. */
    public boolean usable() {
        return tenant.isPresent() && clientId.isPresent() && clientSecret.isPresent();
    }

    private static URI url(String value) {
        return value == null || value.isBlank() ? null : URI.create(value.trim());
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() { // never print the secret
        return "GraphSettings[loginUrl=" + loginUrl + ", apiUrl=" + apiUrl + ", tenant=" + tenant.orElse("")
                + ", clientId=" + clientId.orElse("") + ", secret=" + (clientSecret.isPresent() ? "****" : "") + "]";
    }
}
