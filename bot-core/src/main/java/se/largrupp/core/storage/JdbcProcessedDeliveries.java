package se.largrupp.core.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import se.largrupp.core.port.ProcessedDeliveries;

/**
 * Delivery ids seen in the last week. The insert itself decides who is first, so two instances (or threads) that
 * receive the same retry at once apply it once: PostgreSQL with {@code ON CONFLICT DO NOTHING} (which waits for a
 * concurrent insert of the same id to commit or roll back), H2 by catching the unique violation.
 */
public final class JdbcProcessedDeliveries implements ProcessedDeliveries {
    /** Platforms stop retrying within hours; a week is plenty. */
    public static final Duration RETENTION = Duration.ofDays(7);
    /** How often {@link #firstTime} clears out old ids by itself, so no job is needed for it. */
    public static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;
    private final Clock clock;
    private final boolean postgres;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>();

    public JdbcProcessedDeliveries(Jdbc jdbc, Clock clock, boolean postgres) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = postgres;
    }

    public JdbcProcessedDeliveries(Database database, Clock clock) {
        this(database.jdbc(), clock, database.isPostgres());
    }

    @Override
    public boolean firstTime(String deliveryId) {
        Instant now = clock.instant();
        purgeIfDue(now);
        return insert(deliveryId, now);
    }

    private void purgeIfDue(Instant now) {
        Instant last = lastPurge.get();
        if (last != null && now.isBefore(last.plus(PURGE_EVERY))) return;
        if (lastPurge.compareAndSet(last, now)) purge(now);
    }

    private boolean insert(String deliveryId, Instant now) {
        if (postgres) {
            return jdbc.update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?) "
                    + "ON CONFLICT (delivery_id) DO NOTHING", deliveryId, now) == 1;
        }
        return jdbc.withConnection(c -> {
            // H2 keeps the transaction usable after a failed statement; the savepoint only undoes that statement.
            Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)")) {
                Jdbc.bind(ps, deliveryId, now);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
                if (savepoint != null) c.rollback(savepoint);
                return false;
            }
        });
    }

    /** Forgets ids seen more than {@link #RETENTION} before {@code now}; returns how many. */
    public int purge(Instant now) {
        return purgeOlderThan(now.minus(RETENTION));
    }

    public int purgeOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM processed_deliveries WHERE seen_at < ?", cutoff);
    }
}
