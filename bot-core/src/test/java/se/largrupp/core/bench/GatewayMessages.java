package se.largrupp.core.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import se.largrupp.core.delivery.MessageJson;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/** An adapter to the gateway, mapping its answers onto {@link Delivery} as the Slack adapter does. */
final class GatewayMessages implements OutgoingMessages {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;

    GatewayMessages(URI uri) {
        this.uri = uri;
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("X-Channel", message.conversation().opaque())
                .header("X-Idempotency-Key", message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(MessageJson.write(message.message())))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) return new Delivery.Delivered(response.body());
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s)));
            return new Delivery.RetryLater(retryAfter, "HTTP " + response.statusCode());
        } catch (java.io.IOException e) {
            return new Delivery.RetryLater(Optional.empty(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.RetryLater(Optional.empty(), "interrupted");
        }
    }
}
