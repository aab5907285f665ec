package se.largrupp.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Hands one claimed row to the platform and records what the platform said: delivered only after
 * {@link Delivery.Delivered}; a passing failure is retried with backoff (or after the platform's Retry-After);
 * {@link Delivery.Rejected} or too many attempts park it. Logs name ids and reasons, never message text.
 */
final class SendOne {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private final OutboxStore store;
    private final OutgoingMessages platform;
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration conversationInterval;

    SendOne(OutboxStore store, OutgoingMessages platform, Clock clock, Backoff backoff, int maxAttempts,
            Duration conversationInterval) {
        this.store = store;
        this.platform = platform;
        this.clock = clock;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.conversationInterval = conversationInterval;
    }

    void send(OutboxStore.Claimed row) {
        Delivery result;
        try {
            result = platform.deliver(row.message(), row.replacing());
        } catch (RuntimeException e) {
            // A fault in the adapter: not delivered, so a passing failure (it never counts as sent).
            result = new Delivery.RetryLater(Optional.empty(), "adapter fault: " + e.getClass().getSimpleName());
        }
        record(row, result);
    }

    private void record(OutboxStore.Claimed row, Delivery result) {
        Instant now = clock.instant();
        int attempts = row.attempts() + 1;
        String key = row.message().idempotencyKey();
        if (result instanceof Delivery.Delivered d) {
            store.delivered(row, d.platformMessageId(), now, now.plus(conversationInterval));
        } else if (result instanceof Delivery.Rejected r) {
            log.warn("Parked outbox message {} ({}) to {}: the platform rejected it: {}",
                    row.id(), key, row.message().conversation(), r.reason());
            store.park(row, attempts, "rejected: " + r.reason(), now);
        } else if (result instanceof Delivery.RetryLater r && attempts >= maxAttempts) {
            log.warn("Parked outbox message {} ({}) to {} after {} attempts; last: {}",
                    row.id(), key, row.message().conversation(), attempts, r.reason());
            store.park(row, attempts, r.reason(), now);
        } else if (result instanceof Delivery.RetryLater r) {
            Duration delay = backoff.after(attempts, r.retryAfter());
            log.debug("Outbox message {} ({}) retried in {} ms: {}", row.id(), key, delay.toMillis(), r.reason());
            store.retryAt(row, attempts, now.plus(delay), r.reason());
        }
    }
}
