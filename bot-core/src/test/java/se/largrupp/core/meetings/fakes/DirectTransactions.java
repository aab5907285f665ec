package se.largrupp.core.meetings.fakes;

import java.util.function.Supplier;
import se.largrupp.core.port.Transactions;

/** In-memory ports need no transaction. */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
