package se.largrupp.core.port;

import java.util.function.Supplier;

/** Runs work in one database transaction: state and outbox rows commit together or not at all. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
