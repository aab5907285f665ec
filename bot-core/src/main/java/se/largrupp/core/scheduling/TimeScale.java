package se.largrupp.core.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;

/**
 * Reads {@code LARGRUPP_TIME_SCALE} and makes the app's domain clock. A scaled clock's origin is kept in the database
 * (table {@code clock_origin}), so a restarted instance — or a second one in a cluster — continues the same domain
 * time instead of jumping back; changing the scale starts a new origin.
 */
public final class TimeScale {
    public static final String ENV = "LARGRUPP_TIME_SCALE";

    private TimeScale() {}

    /** Empty or absent means 1; anything else must be a positive number (60 makes a minute last a second). */
    public static double parse(String value) {
        if (value == null || value.isBlank()) return 1;
        double scale;
        try {
            scale = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV + " must be a positive number, not '" + value + "'");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException(ENV + " must be a positive number, not '" + value + "'");
        return scale;
    }

    /** The domain clock for this scale, continuing the origin stored by an earlier start at the same scale. */
    public static ScaledClock clock(double scale, Clock real, Jdbc jdbc, JdbcTransactions transactions) {
        if (scale == 1) return ScaledClock.unscaled(real);
        return transactions.inTransaction(() -> {
            Optional<ScaledClock> stored = jdbc.queryOne(
                    "SELECT real_origin, domain_origin, scale FROM clock_origin WHERE id = 1",
                    rs -> new ScaledClock(real, instant(rs.getObject(1, OffsetDateTime.class)),
                            instant(rs.getObject(2, OffsetDateTime.class)), rs.getDouble(3)));
            if (stored.isPresent() && stored.get().scale() == scale) return stored.get();
            ScaledClock fresh = ScaledClock.startingNow(real, scale);
            jdbc.update("DELETE FROM clock_origin");
            jdbc.update("INSERT INTO clock_origin (id, real_origin, domain_origin, scale) VALUES (1, ?, ?, ?)",
                    fresh.realOrigin(), fresh.domainOrigin(), scale);
            return fresh;
        });
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
