package se.largrupp.slack.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Client-side token buckets, one per Web API method (Slack's tiers) and one per channel for posting, so the bot
 * slows itself down before Slack answers 429. After a 429 a method is paused for the Retry-After Slack gave.
 */
public final class RateLimiter {
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();

    public RateLimiter() {
        this(System::nanoTime);
    }

    public RateLimiter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * Takes a token for {@code key} if one is free within {@code maxWait}.
     *
     * @return how long the caller must wait before the call (zero: go now); a value above {@code maxWait} means no
     *         token was taken and the caller should come back after that long
     */
    public Duration reserve(String key, Tier tier, Duration maxWait) {
        long now = nanos.getAsLong();
        long paused = pausedUntil.getOrDefault(methodOf(key), now) - now;
        if (paused > maxWait.toNanos()) return Duration.ofNanos(paused);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(tier.burst(), now));
        long wait;
        synchronized (bucket) {
            wait = bucket.reserve(now, tier, Math.max(0, paused), maxWait.toNanos());
        }
        return Duration.ofNanos(Math.max(wait, Math.max(0, paused)));
    }

    /** Slack said 429: nobody calls this method again before {@code retryAfter}. */
    public void pause(String method, Duration retryAfter) {
        long until = nanos.getAsLong() + retryAfter.toNanos();
        pausedUntil.merge(method, until, Math::max);
    }

    private static String methodOf(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.at = now;
        }

        /** Returns the wait in nanoseconds; takes the token only when the wait fits. */
        long reserve(long now, Tier tier, long notBefore, long maxWait) {
            double perNano = tier.perMinute() / 60e9;
            tokens = Math.min(tier.burst(), tokens + (now - at) * perNano);
            at = now;
            long wait = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
            wait = Math.max(wait, notBefore);
            if (wait > maxWait) return wait;
            tokens -= 1; // may go below zero: the next caller waits for the refill this one already claimed
            return wait;
        }
    }
}
