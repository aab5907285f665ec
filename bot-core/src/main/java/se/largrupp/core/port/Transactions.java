package se.largrupp.core.port;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: state and outbox rows commit together or not at all. What must only follow
 * a commit (scheduling a wake-up, waking the outbox sender, a platform call) is registered with {@link #afterCommit}.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code effect} once the current transaction has committed and its connection is back in the pool. A
     * rollback drops it. Effects run in the order registered, on the committing thread; one that fails is logged and
     * does not undo the commit or stop the others. With no transaction open, the effect runs at once (and its failure
     * is the caller's).
     */
    void afterCommit(Runnable effect);
}
