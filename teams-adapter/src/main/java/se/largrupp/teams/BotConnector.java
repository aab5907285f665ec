package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The Bot Connector REST calls the bot makes (send, reply, update, create conversation). Plain HTTP rather than the
 * SDK's Retrofit client, so the status code and {@code Retry-After} reach the outbox unchanged.
 */
public final class BotConnector {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AccessTokens tokens;

    public BotConnector(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** What the connector answered; {@code status} 0 for a network failure. */
    public record Result(int status, JsonNode body, Optional<Duration> retryAfter, String reason) {
        public boolean ok() { return status >= 200 && status < 300; }

        /** The passing failures the connector documents: throttled, precondition (concurrent edit), gateway. */
        public boolean retryable() {
            return status == 0 || status == 429 || status == 412 || status == 408 || status >= 500;
        }

        public Optional<String> id() {
            return Optional.ofNullable(body.get("id")).map(JsonNode::asText).filter(s -> !s.isEmpty());
        }
    }

    public Result send(String serviceUrl, String conversationId, ObjectNode activity) {
        return call("POST", serviceUrl + "v3/conversations/" + segment(conversationId) + "/activities", activity);
    }

    public Result reply(String serviceUrl, String conversationId, String replyToId, ObjectNode activity) {
        return call("POST", serviceUrl + "v3/conversations/" + segment(conversationId) + "/activities/" + segment(replyToId), activity);
    }

    public Result update(String serviceUrl, String conversationId, String activityId, ObjectNode activity) {
        activity.put("id", activityId);
        return call("PUT", serviceUrl + "v3/conversations/" + segment(conversationId) + "/activities/" + segment(activityId), activity);
    }

    public Result createConversation(String serviceUrl, ObjectNode parameters) {
        return call("POST", serviceUrl + "v3/conversations", parameters);
    }

    /** One member of a conversation or team ({@code TeamsChannelAccount}: name, e-mail, UPN …); asked quickly or not at all. */
    public Result member(String serviceUrl, String conversationId, String memberId) {
        return call("GET", serviceUrl + "v3/conversations/" + segment(conversationId) + "/members/" + segment(memberId), null,
                Duration.ofSeconds(3));
    }

    /** A page of a team's or conversation's members (up to 500), from the page {@code continuation} names. */
    public Result pagedMembers(String serviceUrl, String conversationId, Optional<String> continuation) {
        String query = "?pageSize=500" + continuation.map(c -> "&continuationToken=" + java.net.URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
        return call("GET", serviceUrl + "v3/conversations/" + segment(conversationId) + "/pagedmembers" + query, null);
    }

    private Result call(String method, String url, ObjectNode body) {
        return call(method, url, body, Duration.ofSeconds(20));
    }

    private Result call(String method, String url, ObjectNode body, Duration timeout) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            tokens.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = parse(response.body());
            return new Result(response.statusCode(), json,
                    response.headers().firstValue("Retry-After").flatMap(BotConnector::retryAfter),
                    method + " " + response.statusCode() + " " + json.path("error").path("code").asText(""));
        } catch (IOException | IllegalStateException e) {
            return new Result(0, JSON.createObjectNode(), Optional.empty(), method + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, JSON.createObjectNode(), Optional.empty(), method + " interrupted");
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Retry-After in seconds (what the connector sends); an HTTP date is not worth parsing here. */
    static Optional<Duration> retryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // Conversation ids hold ':', ';', '=' and '@', which a path segment allows as they are (as the SDK sends them);
    // everything else outside RFC 3986's pchar is percent-encoded.
    static String segment(String raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
