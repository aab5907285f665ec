package se.largrupp.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A fixed clock that tests move on by hand, so nothing waits for real time. */
public final class MutableClock extends Clock {
    /** Monday 11 January 2027, 09:00 in Stockholm. */
    public static final Instant DEFAULT_START = Instant.parse("2027-01-11T08:00:00Z");

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public static MutableClock at(Instant start) {
        return new MutableClock(start, ZoneId.of("Europe/Stockholm"));
    }

    public static MutableClock standard() {
        return at(DEFAULT_START);
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public synchronized void set(Instant to) {
        now = to;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }
}
