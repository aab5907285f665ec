package se.largrupp.core.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff with jitter, so many messages failing together do not
 * return together; a platform's {@code Retry-After} is a floor we never undercut (plus up to 10% so a burst of
 * rate-limited messages does not come back in the same instant).
 */
public record Backoff(Duration base, Duration max, RandomGenerator random) {
    public Duration after(int attempts, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            long floor = retryAfter.get().toMillis();
            return Duration.ofMillis(floor + (long) (random.nextDouble() * floor * 0.1));
        }
        long cap = max.toMillis();
        long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long delay = exponential <= 0 ? cap : Math.min(cap, exponential);
        // "Equal jitter": at least half the delay, so backoff still grows, the rest random.
        return Duration.ofMillis(delay / 2 + (long) (random.nextDouble() * (delay - delay / 2)));
    }
}
