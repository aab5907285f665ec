package se.largrupp.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.Transactions;

/**
 * One JDBC transaction per outermost call, on one pooled connection bound to the thread. Nested calls join the
 * outer transaction; any exception rolls everything back — also when an inner failure was caught by the outer work,
 * since its partial writes cannot be told apart (the outer call then fails instead of committing half).
 *
 * <p>Effects registered with {@link #afterCommit} run after the commit, once the connection is back in the pool: a
 * Quartz worker scheduling its next wake-up, or an effect opening a transaction of its own, never holds two
 * connections at once.
 */
public final class JdbcTransactions implements Transactions {
    private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);
    private final Jdbc jdbc;

    public JdbcTransactions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Jdbc.Tx outer = jdbc.current();
        if (outer != null) return joined(outer, work);
        Connection c;
        try {
            c = jdbc.dataSource().getConnection();
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StorageException("cannot begin a transaction" + Jdbc.state(e), e);
        }
        Jdbc.Tx tx = new Jdbc.Tx(c);
        jdbc.bind(tx);
        T result;
        try {
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
            if (tx.rollbackOnly) {
                StorageException e = new StorageException("an inner step of the transaction failed; rolled back");
                rollback(c, e);
                throw e;
            }
            commit(c);
        } finally {
            jdbc.unbind();
            release(c);
        }
        runEffects(tx.afterCommit);
        return result;
    }

    @Override
    public void afterCommit(Runnable effect) {
        jdbc.afterCommit(effect);
    }

    private static void runEffects(List<Runnable> effects) {
        for (Runnable effect : effects) {
            try {
                effect.run();
            } catch (RuntimeException e) {
                // Committed state stands; what the effect was for is re-derived from it (wake-ups are re-planned at
                // start-up, the outbox sender polls). The exception names the fault, never message content.
                log.warn("An after-commit step failed: {}", Faults.describe(e));
            }
        }
    }

    private static <T> T joined(Jdbc.Tx outer, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            rollback(c, e);
            throw new StorageException("commit failed" + Jdbc.state(e), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void release(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool resets or evicts a broken connection itself
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that cannot be returned
        }
    }
}
