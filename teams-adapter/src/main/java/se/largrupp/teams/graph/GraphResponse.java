package se.largrupp.teams.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.largrupp.core.port.Delivery;

/**
 * What Graph (or the token endpoint before it) answered: {@code status} 0 for a network failure. {@code reason} is
 * for logs: method, status and Graph's error code, never a body.
 */
public record GraphResponse(int status, JsonNode body, Optional<Duration> retryAfter, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Throttled, timed out, a conflict of concurrent edits, a server fault or no answer: worth another try later. */
    public boolean retryable() {
        return status == 0 || status == 429 || status == 408 || status == 409 || status == 412 || status >= 500;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** The {@code id} of what Graph created or returned. */
    public Optional<String> id() {
        return Optional.ofNullable(body.get("id")).map(JsonNode::asText).filter(s -> !s.isEmpty());
    }

    /** Graph's {@code error.code}, such as {@code ErrorItemNotFound} or {@code TooManyRequests}. */
    public String errorCode() {
        return body.path("error").path("code").asText("");
    }

    /** For a step run by the outbox: delivered, retried later (after {@code Retry-After} when Graph said), or parked. */
    public Delivery toDelivery() {
        if (ok()) return new Delivery.Delivered(id().orElse("graph"));
        if (retryable()) return new Delivery.RetryLater(retryAfter, reason);
        return new Delivery.Rejected(reason);
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date (both are allowed; Graph sends seconds). */
    static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
        return headers.firstValue("Retry-After").flatMap(v -> retryAfter(v, clock));
    }

    static Optional<Duration> retryAfter(String value, Clock clock) {
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
