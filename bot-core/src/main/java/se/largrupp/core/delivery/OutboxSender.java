package se.largrupp.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Delivers the outbox: claims due rows (one per conversation at a time, oldest first), hands each to the platform
 * and records what the platform said. A row is marked delivered only after {@link Delivery.Delivered}; a passing
 * failure is retried with backoff (or after the platform's Retry-After); {@link Delivery.Rejected} or too many
 * attempts park it. Logs name ids and reasons, never message text.
 *
 * <p>{@link #start} runs a loop on its own thread that wakes on {@link #wake}, when a delivery finishes, when the
 * next row falls due, and at least every {@code pollInterval}; {@link #runOnce} is the same step for tests.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /**
     * @param workers              deliveries in flight at once (each to a different conversation)
     * @param conversationInterval the least time between two messages to one conversation (Slack: 1 s per channel)
     * @param maxPerSecond         a cap per workspace (Slack team; Teams and the sandbox as a whole); 0 = none
     * @param lease                how long a claim holds; must exceed the adapters' HTTP timeouts
     */
    public record Options(int workers, Duration pollInterval, Duration lease, int maxAttempts, Duration baseBackoff,
                          Duration maxBackoff, Duration conversationInterval, double maxPerSecond) {
        public static Options defaults() {
            return new Options(8, Duration.ofMillis(250), Duration.ofMinutes(2), 10, Duration.ofSeconds(2),
                    Duration.ofMinutes(10), Duration.ofSeconds(1), 50);
        }

        public Options withWorkers(int n) { return new Options(n, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, maxPerSecond); }
        public Options withMaxAttempts(int n) { return new Options(workers, pollInterval, lease, n, baseBackoff, maxBackoff, conversationInterval, maxPerSecond); }
        public Options withConversationInterval(Duration d) { return new Options(workers, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, d, maxPerSecond); }
        public Options withMaxPerSecond(double r) { return new Options(workers, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, r); }
        public Options withPollInterval(Duration d) { return new Options(workers, d, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, maxPerSecond); }
    }

    private final OutboxStore store;
    private final OutgoingMessages platform;
    private final Clock clock;
    private final Options options;
    private final Backoff backoff;
    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private final String instance = "sender-" + UUID.randomUUID().toString().substring(0, 8);
    private final Object signal = new Object();
    private final AtomicInteger inFlight = new AtomicInteger();
    private boolean woken;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;

    public OutboxSender(OutboxStore store, OutgoingMessages platform, Clock clock, Options options, RandomGenerator random) {
        this.store = Objects.requireNonNull(store);
        this.platform = Objects.requireNonNull(platform);
        this.clock = Objects.requireNonNull(clock);
        this.options = Objects.requireNonNull(options);
        this.backoff = new Backoff(options.baseBackoff(), options.maxBackoff(), random);
    }

    public OutboxSender(OutboxStore store, OutgoingMessages platform, Clock clock, Options options) {
        this(store, platform, clock, options, RandomGenerator.getDefault());
    }

    /** Claims what is due now and delivers it on the calling thread; returns how many rows it tried. */
    public int runOnce() {
        List<OutboxStore.Claimed> claimed = claim(options.workers());
        for (OutboxStore.Claimed row : claimed) deliver(row);
        return claimed.size();
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(options.workers(), r -> daemon(r, "outbox-worker-" + n.incrementAndGet()));
        loop = daemon(this::loop, "outbox-sender");
        loop.start();
    }

    /** Look now: a message was committed to the outbox. Cheap; safe from any thread. */
    public void wake() {
        signal();
    }

    @Override
    public synchronized void close() {
        if (!running) return;
        running = false;
        wake();
        try {
            loop.join(5_000);
            workers.shutdown();
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    private void loop() {
        while (running) {
            Duration wait = options.pollInterval();
            try {
                // Claim ahead (the rate limiter spaces the queue out), but in batches: a claim is a query.
                int inFlightNow = inFlight.get();
                int free = inFlightNow > options.workers() ? 0 : options.workers() * 3 - inFlightNow;
                List<OutboxStore.Claimed> claimed = claim(free);
                for (OutboxStore.Claimed row : claimed) {
                    inFlight.incrementAndGet();
                    workers.execute(() -> {
                        try {
                            if (running) rateLimiter(row).acquire();
                            if (running) deliver(row);
                            else store.release(row); // stopping: the next start (or another instance) has it at once
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            store.release(row);
                        } catch (RuntimeException e) {
                            // The database failed us: the row stays leased and is retried when the lease ends.
                            log.warn("Outbox message {} could not be recorded; retried after its lease", row.id(), e);
                        } finally {
                            inFlight.decrementAndGet();
                            signal();
                        }
                    });
                }
                purgeNowAndThen();
                if (claimed.size() == free && free > 0) continue; // more may be due: go again at once
                Instant now = clock.instant();
                Optional<Instant> next = store.nextDueAfter(now);
                if (next.isPresent()) wait = min(wait, Duration.between(now, next.get()));
            } catch (RuntimeException e) {
                log.warn("Outbox sender step failed; retrying at the next poll", e);
            }
            await(wait);
        }
    }

    private Instant nextPurge = Instant.MIN;

    /** Delivered rows are kept a week (to answer "was it sent?"), then deleted; parked ones stay for a person. */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) return;
        nextPurge = now.plus(Duration.ofHours(1));
        int purged = store.purgeDeliveredBefore(now.minus(KEEP_DELIVERED));
        if (purged > 0) log.info("Purged {} delivered outbox rows older than {}", purged, KEEP_DELIVERED);
    }

    static final Duration KEEP_DELIVERED = Duration.ofDays(7);

    /** One pace per workspace: Slack's limit is per team (the first part of a Slack reference); else per platform. */
    private RateLimiter rateLimiter(OutboxStore.Claimed row) {
        ConversationRef to = row.message().conversation();
        String opaque = to.opaque();
        String workspace = to.platform() == Platform.SLACK && opaque.contains(":")
                ? "slack:" + opaque.substring(0, opaque.indexOf(':')) : to.platform().key();
        return rateLimiters.computeIfAbsent(workspace, w -> new RateLimiter(options.maxPerSecond()));
    }

    private List<OutboxStore.Claimed> claim(int limit) {
        Instant now = clock.instant();
        return store.claim(instance, now, now.plus(options.lease()), limit);
    }

    private void deliver(OutboxStore.Claimed row) {
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
            store.delivered(row, d.platformMessageId(), now, now.plus(options.conversationInterval()));
        } else if (result instanceof Delivery.Rejected r) {
            log.warn("Parked outbox message {} ({}) to {}: the platform rejected it: {}",
                    row.id(), key, row.message().conversation(), r.reason());
            store.park(row, attempts, "rejected: " + r.reason());
        } else if (result instanceof Delivery.RetryLater r && attempts >= options.maxAttempts()) {
            log.warn("Parked outbox message {} ({}) to {} after {} attempts; last: {}",
                    row.id(), key, row.message().conversation(), attempts, r.reason());
            store.park(row, attempts, r.reason());
        } else if (result instanceof Delivery.RetryLater r) {
            Duration delay = backoff.after(attempts, r.retryAfter());
            log.debug("Outbox message {} ({}) retried in {} ms: {}", row.id(), key, delay.toMillis(), r.reason());
            store.retryAt(row, attempts, now.plus(delay), r.reason());
        }
    }

    /** A worker finished: its conversation's next message may be claimable now. */
    private void signal() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void await(Duration wait) {
        long millis = Math.max(1, wait.toMillis());
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
