package se.largrupp.deploy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Counts from the database as gauges: outbox depth, parked messages, active groups and leaders. Counts only, no
 * people. Each is cached for a few seconds so a busy scraper does not load the database; a table another feature
 * has not created yet reads as NaN.
 */
final class DatabaseGauges {
    private static final long CACHE_MILLIS = 5_000;
    private final DataSource dataSource;

    DatabaseGauges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(MeterRegistry meters) {
        gauge(meters, "largrupp.outbox.pending", "Messages waiting in the outbox", "SELECT COUNT(*) FROM outbox WHERE status = 'pending'");
        gauge(meters, "largrupp.outbox.parked", "Messages the platform refused for good (delivery failures)", "SELECT COUNT(*) FROM outbox WHERE status = 'parked'");
        gauge(meters, "largrupp.groups.active", "Active learning groups", "SELECT COUNT(*) FROM learning_groups WHERE UPPER(status) = 'ACTIVE'");
        gauge(meters, "largrupp.leaders.active", "Leaders taking part now", "SELECT COUNT(*) FROM leaders WHERE UPPER(status) = 'ACTIVE'");
    }

    private void gauge(MeterRegistry meters, String name, String description, String sql) {
        Cached cached = new Cached(sql);
        Gauge.builder(name, cached, Cached::value).description(description).strongReference(true).register(meters);
    }

    private final class Cached {
        private final String sql;
        private double value = Double.NaN;
        private long readAt;

        Cached(String sql) {
            this.sql = sql;
        }

        synchronized double value() {
            long now = System.currentTimeMillis();
            if (now - readAt < CACHE_MILLIS) return value;
            readAt = now;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.setQueryTimeout(2);
                try (ResultSet rs = s.executeQuery(sql)) {
                    value = rs.next() ? rs.getLong(1) : Double.NaN;
                }
            } catch (Exception e) {
                value = Double.NaN;
            }
            return value;
        }
    }
}
