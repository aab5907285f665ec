package se.largrupp.teams;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A short, bounded retry for connector calls made inside a turn or while opening a group, where there is no outbox
 * to come back later: up to {@code attempts} tries, waiting what {@code Retry-After} says or a doubling backoff, and
 * giving up (returning the last answer) when the connector asks for longer than {@code longestWait}.
 */
final class Retrying {
    interface Sleeper { void sleep(Duration d) throws InterruptedException; }

    private final int attempts;
    private final Duration firstBackoff;
    private final Duration longestWait;
    private final Sleeper sleeper;

    Retrying(int attempts, Duration firstBackoff, Duration longestWait, Sleeper sleeper) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.longestWait = longestWait;
        this.sleeper = sleeper;
    }

    static Retrying standard() {
        return new Retrying(3, Duration.ofMillis(250), Duration.ofSeconds(5), d -> Thread.sleep(d.toMillis()));
    }

    BotConnector.Result call(Supplier<BotConnector.Result> call) {
        BotConnector.Result result = call.get();
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt < attempts && !result.ok() && result.retryable(); attempt++) {
            Duration wait = result.retryAfter().orElse(backoff);
            if (wait.compareTo(longestWait) > 0) return result;
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            backoff = backoff.multipliedBy(2);
            result = call.get();
        }
        return result;
    }
}
