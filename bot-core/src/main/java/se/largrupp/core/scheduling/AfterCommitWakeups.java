package se.largrupp.core.scheduling;

import java.time.Instant;
import java.util.Objects;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Wake-ups that change only when the state they are for has committed: every schedule and cancel made inside a
 * transaction is registered with {@link Transactions#afterCommit}. A rolled-back change then leaves no wake-up
 * behind, a wake-up never fires before the row it reads is visible, and a Quartz worker never holds its
 * transaction's connection while Quartz takes another to schedule. The core wires its wake-ups through this once, so
 * no use case has to remember it.
 */
public final class AfterCommitWakeups implements Wakeups {
    private final Wakeups wakeups;
    private final Transactions transactions;

    private AfterCommitWakeups(Wakeups wakeups, Transactions transactions) {
        this.wakeups = Objects.requireNonNull(wakeups, "wakeups");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Wraps {@code wakeups}, unless it already is wrapped. */
    public static Wakeups of(Wakeups wakeups, Transactions transactions) {
        return wakeups instanceof AfterCommitWakeups ? wakeups : new AfterCommitWakeups(wakeups, transactions);
    }

    @Override
    public void schedule(String topic, String subject, Instant at) {
        transactions.afterCommit(() -> wakeups.schedule(topic, subject, at));
    }

    @Override
    public void cancel(String topic, String subject) {
        transactions.afterCommit(() -> wakeups.cancel(topic, subject));
    }

    @Override
    public void cancelAll(String subjectPrefix) {
        transactions.afterCommit(() -> wakeups.cancelAll(subjectPrefix));
    }
}
