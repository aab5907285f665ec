package se.largrupp.core.port;

import java.time.Instant;

/**
 * Durable timers: "wake {@code topic} for {@code subject} at {@code at}". Backed by Quartz's JDBC store in
 * production, so wake-ups survive restarts and fire once in a cluster. A handler decides with the clock whether
 * anything is still due; wake-ups only carry ids.
 */
public interface Wakeups {
    /** Schedules the wake-up, replacing one with the same topic and subject. */
    void schedule(String topic, String subject, Instant at);

    void cancel(String topic, String subject);

    /** Cancels every wake-up whose subject starts with the prefix (all of a group's, for instance). */
    void cancelAll(String subjectPrefix);

    /** What a feature registers to be woken. */
    interface Handler {
        String topic();

        /** @param due when the wake-up was meant to happen (it may run late after a restart) */
        void wake(String subject, Instant due);
    }
}
