package se.largrupp.core.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The domain's clock under {@code LARGRUPP_TIME_SCALE}: from a fixed origin, domain time runs {@code scale} times
 * faster than real time (60: a minute lasts a second), so every delay the use cases compute shrinks alike. At scale 1
 * it is the real clock. {@link #toReal} tells Quartz when, in real time, a domain instant comes.
 */
public final class ScaledClock extends Clock {
    private final Clock real;
    private final Instant realOrigin;
    private final Instant domainOrigin;
    private final double scale;
    private final ZoneId zone;

    public ScaledClock(Clock real, Instant realOrigin, Instant domainOrigin, double scale) {
        this(real, realOrigin, domainOrigin, scale, ZoneOffset.UTC);
    }

    private ScaledClock(Clock real, Instant realOrigin, Instant domainOrigin, double scale, ZoneId zone) {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("time scale must be a positive number: " + scale);
        this.real = Objects.requireNonNull(real);
        this.realOrigin = Objects.requireNonNull(realOrigin);
        this.domainOrigin = Objects.requireNonNull(domainOrigin);
        this.scale = scale;
        this.zone = Objects.requireNonNull(zone);
    }

    /** Real time, unscaled. */
    public static ScaledClock unscaled(Clock real) {
        Instant now = real.instant();
        return new ScaledClock(real, now, now, 1);
    }

    /** Domain time equals real time now and runs {@code scale} times faster from here. */
    public static ScaledClock startingNow(Clock real, double scale) {
        Instant now = real.instant();
        return new ScaledClock(real, now, now, scale);
    }

    public double scale() {
        return scale;
    }

    public Instant realOrigin() {
        return realOrigin;
    }

    public Instant domainOrigin() {
        return domainOrigin;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(realOrigin, real.instant());
        return domainOrigin.plus(scale == 1 ? elapsed : times(elapsed, scale));
    }

    /** The real instant at which this clock shows {@code domain}. */
    public Instant toReal(Instant domain) {
        return realOrigin.plus(toReal(Duration.between(domainOrigin, domain)));
    }

    /** A domain duration in real time: a 15-minute turn at scale 60 lasts 15 real seconds. */
    public Duration toReal(Duration domain) {
        return scale == 1 ? domain : times(domain, 1 / scale);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ScaledClock(real, realOrigin, domainOrigin, scale, newZone);
    }

    private static Duration times(Duration d, double factor) {
        // Seconds and nanos apart: a plain toNanos() overflows beyond 292 years.
        double seconds = (d.getSeconds() + d.getNano() / 1e9) * factor;
        long whole = (long) Math.floor(seconds);
        return Duration.ofSeconds(whole, Math.round((seconds - whole) * 1e9));
    }
}
