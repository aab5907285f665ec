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
import java.util.Map;

/**
 * JSON calls to Microsoft Graph as the app ({@link IdentityTokens#GRAPH}), relative to {@code GRAPH_API_URL}:
 * {@code client.post("v1.0/users/" + GraphClient.segment(mailbox) + "/events", event)}. One try per call: the caller
 * decides about retries (the outbox does, from {@link GraphResponse#toDelivery()}). A refused token (401) is fetched
 * anew once.
 */
public final class GraphClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final IdentityTokens tokens;
    private final Clock clock;

    public GraphClient(URI apiUrl, IdentityTokens tokens, Clock clock) {
        this.base = apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/";
        this.tokens = tokens;
        this.clock = clock;
    }

    public static GraphClient of(GraphSettings settings, Clock clock) {
        return new GraphClient(settings.apiUrl(), IdentityTokens.of(settings, clock), clock);
    }

    public GraphResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    public GraphResponse post(String path, JsonNode body) {
        return send("POST", path, body, Map.of());
    }

    public GraphResponse patch(String path, JsonNode body) {
        return send("PATCH", path, body, Map.of());
    }

    public GraphResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any call; {@code headers} such as {@code ConsistencyLevel: eventual} for {@code $count} queries. */
    public GraphResponse send(String method, String path, JsonNode body, Map<String, String> headers) {
        GraphResponse first = once(method, path, body, headers);
        if (first.status() != 401) return first;
        tokens.forget(IdentityTokens.GRAPH);
        return once(method, path, body, headers);
    }

    private GraphResponse once(String method, String path, JsonNode body, Map<String, String> headers) {
        String token;
        try {
            token = tokens.token(IdentityTokens.GRAPH);
        } catch (IdentityTokens.Unavailable e) {
            return e.asResponse();
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) request.header("Content-Type", "application/json; charset=utf-8");
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = GraphResponse.parse(response.body());
            return new GraphResponse(response.statusCode(), json, GraphResponse.retryAfter(response.headers(), clock),
                    method + " " + response.statusCode() + " " + json.path("error").path("code").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            return new GraphResponse(0, JSON.createObjectNode(), java.util.Optional.empty(),
                    method + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GraphResponse(0, JSON.createObjectNode(), java.util.Optional.empty(), method + " interrupted");
        }
    }

    /** One path segment (a user's id or mail, an event id), percent-encoded where needed. */
    public static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }
}
