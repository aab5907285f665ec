package se.largrupp.core.port;

import java.time.Duration;
import java.util.Optional;

/** What a platform said to a delivery attempt. */
public sealed interface Delivery {
    /** Accepted; {@code platformMessageId} lets a later message with the same update key edit this one. */
    record Delivered(String platformMessageId) implements Delivery {}

    /** A passing failure (rate limit, 5xx, network): try again, after {@code retryAfter} when the platform said. */
    record RetryLater(Optional<Duration> retryAfter, String reason) implements Delivery {}

    /** The platform refused for good (channel gone, bot removed): park it. */
    record Rejected(String reason) implements Delivery {}
}
