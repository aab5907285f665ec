package se.largrupp.deploy.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one feed token may be asked for: calendar apps poll every few hours; anything much faster is a loop or
 * someone trying tokens. A fixed window per token; the answer is how long to wait when the window is full.
 */
final class FeedRequests {
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {}

    FeedRequests(int perWindow, Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Empty when this request may go on; else the wait until the token's window opens again. */
    Optional<Duration> take(String token) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        Window w = windows.compute(token, (k, old) -> old == null || !old.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() <= perWindow) return Optional.empty();
        Duration wait = Duration.between(now, w.start().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
