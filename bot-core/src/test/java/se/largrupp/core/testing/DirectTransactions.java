package se.largrupp.core.testing;

import java.util.function.Supplier;
import se.largrupp.core.port.Transactions;

/** Runs the work at once: in-memory ports have nothing to commit. Counts transactions for tests that care. */
public final class DirectTransactions implements Transactions {
    private int count;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public synchronized int count() {
        return count;
    }
}
