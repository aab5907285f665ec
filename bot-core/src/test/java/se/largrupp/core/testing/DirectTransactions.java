package se.largrupp.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.largrupp.core.port.Transactions;

/**
 * In-memory ports have nothing to commit: the work runs at once. After-commit effects keep their promise all the
 * same — they run when the outermost work returns and are dropped when it throws — so use cases are tested with the
 * order they get in production. Counts transactions for tests that care.
 */
public final class DirectTransactions implements Transactions {
    private int count;
    private int depth;
    private final List<Runnable> effects = new ArrayList<>();

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        count++;
        depth++;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            if (depth == 1) effects.clear();
            throw e;
        } finally {
            depth--;
        }
        if (depth == 0) {
            List<Runnable> now = List.copyOf(effects);
            effects.clear();
            now.forEach(Runnable::run);
        }
        return result;
    }

    @Override
    public synchronized void afterCommit(Runnable effect) {
        if (depth > 0) effects.add(effect);
        else effect.run();
    }

    public synchronized int count() {
        return count;
    }
}
