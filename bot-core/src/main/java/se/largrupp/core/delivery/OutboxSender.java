package se.largrupp.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Delivers the outbox: claims due rows (one per conversation at a time, oldest first), paces them per workspace
 * ({@link Pacing}) and hands each to the platform ({@link SendOne}), which records what the platform said.
 *
 * <p>{@link #start} runs a loop on its own thread that wakes on {@link #wake} (a message was committed), when a
 * delivery finishes, when the next row falls due, and at least every {@code pollInterval}; {@link #runOnce} is the
 * same step for tests.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /**
     * @param workers              deliveries in flight at once (each to a different conversation)
     * @param conversationInterval the least time between two messages to one conversation (Slack: 1 s per channel)
     * @param maxPerSecond         a cap per workspace (Slack team; Teams and the sandbox as a whole); 0 = none
     * @param lease                how long a claim holds; must exceed the adapters' HTTP timeouts
     * @param keepFinished         how long a delivered or parked row is kept (to answer "was it sent?"), then deleted
     */
    public record Options(int workers, Duration pollInterval, Duration lease, int maxAttempts, Duration baseBackoff,
                          Duration maxBackoff, Duration conversationInterval, double maxPerSecond, Duration keepFinished) {
        public static Options defaults() {
            return new Options(8, Duration.ofMillis(250), Duration.ofMinutes(2), 10, Duration.ofSeconds(2),
                    Duration.ofMinutes(10), Duration.ofSeconds(1), 50, Duration.ofDays(7));
        }

        public Options withWorkers(int n) { return new Options(n, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, maxPerSecond, keepFinished); }
        public Options withMaxAttempts(int n) { return new Options(workers, pollInterval, lease, n, baseBackoff, maxBackoff, conversationInterval, maxPerSecond, keepFinished); }
        public Options withConversationInterval(Duration d) { return new Options(workers, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, d, maxPerSecond, keepFinished); }
        public Options withMaxPerSecond(double r) { return new Options(workers, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, r, keepFinished); }
        public Options withPollInterval(Duration d) { return new Options(workers, d, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, maxPerSecond, keepFinished); }
        public Options withKeepFinished(Duration d) { return new Options(workers, pollInterval, lease, maxAttempts, baseBackoff, maxBackoff, conversationInterval, maxPerSecond, d); }
    }

    private final OutboxStore store;
    private final Clock clock;
    private final Options options;
    private final Pacing pacing;
    private final SendOne sendOne;
    private final String instance = "sender-" + UUID.randomUUID().toString().substring(0, 8);
    private final Object signal = new Object();
    private final AtomicInteger inFlight = new AtomicInteger();
    private boolean woken;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;

    public OutboxSender(OutboxStore store, OutgoingMessages platform, Clock clock, Options options, RandomGenerator random) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.options = Objects.requireNonNull(options);
        this.pacing = new Pacing(Objects.requireNonNull(platform), options.maxPerSecond());
        this.sendOne = new SendOne(store, platform, clock, new Backoff(options.baseBackoff(), options.maxBackoff(), random),
                options.maxAttempts(), options.conversationInterval());
    }

    public OutboxSender(OutboxStore store, OutgoingMessages platform, Clock clock, Options options) {
        this(store, platform, clock, options, RandomGenerator.getDefault());
    }

    /** Claims what is due now and delivers it on the calling thread; returns how many rows it tried. */
    public int runOnce() {
        List<OutboxStore.Claimed> claimed = claim(options.workers());
        for (OutboxStore.Claimed row : claimed) sendOne.send(row);
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
                            if (running) pacing.await(row.message().conversation());
                            if (running) sendOne.send(row);
                            else store.release(row); // stopping: the next start (or another instance) has it at once
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            store.release(row);
                        } catch (RuntimeException e) {
                            // The database failed us: the row stays leased and is retried when the lease ends.
                            log.warn("Outbox message {} could not be recorded; retried after its lease: {}", row.id(), Faults.describe(e));
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
                log.warn("Outbox sender step failed; retrying at the next poll: {}", Faults.describe(e));
            }
            await(wait);
        }
    }

    private Instant nextPurge = Instant.MIN;

    /** The outbox's retention rule: delivered and parked rows (with names in them) go after {@code keepFinished}. */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) return;
        nextPurge = now.plus(Duration.ofHours(1));
        int purged = store.purgeFinishedBefore(now.minus(options.keepFinished()));
        if (purged > 0) log.info("Purged {} delivered or parked outbox rows older than {}", purged, options.keepFinished());
    }

    private List<OutboxStore.Claimed> claim(int limit) {
        Instant now = clock.instant();
        return store.claim(instance, now, now.plus(options.lease()), limit);
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
