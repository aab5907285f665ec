package se.largrupp.core.delivery;

/**
 * Spaces calls evenly at no more than {@code perSecond} (no bursts): a workspace-wide platform limit is kept
 * proactively instead of being learned from 429 answers. Zero or less means unlimited.
 */
final class RateLimiter {
    private final long intervalNanos;
    private long nextFree = System.nanoTime();

    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond > 0 ? (long) (1_000_000_000L / perSecond) : 0;
    }

    void acquire() throws InterruptedException {
        if (intervalNanos == 0) return;
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextFree);
            nextFree = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
