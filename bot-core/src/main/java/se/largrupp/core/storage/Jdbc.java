package se.largrupp.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How repositories reach the database: inside {@link JdbcTransactions#inTransaction} they get that transaction's
 * connection, outside it a fresh auto-commit one. The binding is per thread and per {@link DataSource}, so every
 * {@code Jdbc} over the same pool (ours, the outbox's, ...) joins the same transaction.
 */
public final class Jdbc {
    /** The open transaction of this thread, per pool. */
    private static final ThreadLocal<Map<DataSource, Tx>> CURRENT = ThreadLocal.withInitial(IdentityHashMap::new);

    private final DataSource dataSource;

    private Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public static Jdbc of(DataSource dataSource) {
        return new Jdbc(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Whether this thread is inside a transaction on this pool. */
    public boolean inTransaction() {
        return CURRENT.get().containsKey(dataSource);
    }

    /** Runs {@code work} on the current transaction's connection, or on a fresh auto-commit one. */
    public <T> T withConnection(SqlWork<T> work) {
        Tx tx = CURRENT.get().get(dataSource);
        try {
            if (tx != null) return work.apply(tx.connection);
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw new StorageException("database call failed" + state(e), e);
        }
    }

    /** The SQL state only: a driver's message may quote the values of the statement (a leader's name). */
    static String state(SQLException e) {
        return e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")";
    }

    /** Executes an INSERT/UPDATE/DELETE; returns the affected row count. */
    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) out.add(mapper.map(rs));
                    return out;
                }
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) throw new StorageException("expected at most one row, got " + rows.size());
        return rows.stream().findFirst();
    }

    /**
     * Binds parameters the same way on H2 and PostgreSQL: instants as UTC {@code TIMESTAMP WITH TIME ZONE},
     * enums by name, {@link Optional} unwrapped; java.time dates and times as they are.
     */
    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Optional<?> o) p = o.orElse(null);
            if (p instanceof Instant instant) p = instant.atOffset(ZoneOffset.UTC);
            else if (p instanceof Enum<?> e) p = e.name();
            ps.setObject(i + 1, p);
        }
    }

    // --- transaction binding, used by JdbcTransactions ---

    /**
     * Runs {@code effect} after this thread's transaction on this pool commits (dropped on rollback), or at once
     * outside a transaction. See {@link se.largrupp.core.port.Transactions#afterCommit}.
     */
    public void afterCommit(Runnable effect) {
        Objects.requireNonNull(effect, "effect");
        Tx tx = current();
        if (tx != null) tx.afterCommit.add(effect);
        else effect.run();
    }

    static final class Tx {
        final Connection connection;
        boolean rollbackOnly;
        final List<Runnable> afterCommit = new ArrayList<>();

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    Tx current() {
        return CURRENT.get().get(dataSource);
    }

    void bind(Tx tx) {
        CURRENT.get().put(dataSource, tx);
    }

    void unbind() {
        Map<DataSource, Tx> map = CURRENT.get();
        map.remove(dataSource);
        if (map.isEmpty()) CURRENT.remove();
    }
}
