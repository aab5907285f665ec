package se.largrupp.teams.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the app itself from the Microsoft identity platform (OAuth 2.0 client credentials,
 * {@code POST {login}/{tenant}/oauth2/v2.0/token}), one per scope, cached until five minutes before they expire.
 * Thread-safe; one instance per app registration is enough for the whole server.
 */
public final class IdentityTokens {
    /** Microsoft Graph with the application permissions the tenant granted. */
    public static final String GRAPH = "https://graph.microsoft.com/.default";
    /** The Bot Connector (outgoing Teams messages). */
    public static final String BOT_FRAMEWORK = "https://api.botframework.com/.default";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, Instant renewAt) {}

    public IdentityTokens(URI loginUrl, String tenant, String clientId, String clientSecret, Clock clock) {
        String base = loginUrl.toString().endsWith("/") ? loginUrl.toString() : loginUrl + "/";
        this.tokenEndpoint = URI.create(base + URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "/oauth2/v2.0/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** For a usable {@link GraphSettings}. */
    public static IdentityTokens of(GraphSettings settings, Clock clock) {
        if (!settings.usable()) throw new IllegalArgumentException("Graph needs a tenant, an app id and its secret");
        return new IdentityTokens(settings.loginUrl(), settings.tenant().orElseThrow(), settings.clientId().orElseThrow(),
                settings.clientSecret().orElseThrow(), clock);
    }

    /** A token for {@code scope} (such as {@link #GRAPH}), from the cache or fetched now. */
    public String token(String scope) {
        Cached cached = cache.get(scope);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) return cached.token();
        synchronized (this) {
            cached = cache.get(scope);
            if (cached != null && clock.instant().isBefore(cached.renewAt())) return cached.token();
            Cached fresh = fetch(scope);
            cache.put(scope, fresh);
            return fresh.token();
        }
    }

    /** Forget a token the resource refused (401), so the next call fetches a new one. */
    public void forget(String scope) {
        cache.remove(scope);
    }

    private Cached fetch(String scope) {
        String form = "client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret) + "&scope=" + enc(scope)
                + "&grant_type=client_credentials";
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable(0, Optional.empty(), "token request failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(0, Optional.empty(), "token request interrupted");
        }
        JsonNode body = GraphResponse.parse(response.body());
        String token = body.path("access_token").asText("");
        if (response.statusCode() != 200 || token.isEmpty()) {
            // The error code (invalid_client, unauthorized_client …) says what to fix; the description may quote ids, not secrets.
            throw new Unavailable(response.statusCode(), GraphResponse.retryAfter(response.headers(), clock),
                    "token " + response.statusCode() + " " + body.path("error").asText(""));
        }
        long seconds = body.path("expires_in").asLong(3599);
        Duration lifetime = Duration.ofSeconds(seconds);
        Duration early = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? MARGIN : lifetime.dividedBy(2);
        return new Cached(token, clock.instant().plus(lifetime).minus(early));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** No token: {@code status} 0 for a network failure; retryable like any Graph answer with that status. */
    public static final class Unavailable extends RuntimeException {
        private final int status;
        private final Optional<Duration> retryAfter;

        Unavailable(int status, Optional<Duration> retryAfter, String reason) {
            super(reason);
            this.status = status;
            this.retryAfter = retryAfter;
        }

        public int status() { return status; }

        public Optional<Duration> retryAfter() { return retryAfter; }

        public GraphResponse asResponse() {
            return new GraphResponse(status, JSON.createObjectNode(), retryAfter, getMessage());
        }
    }
}
