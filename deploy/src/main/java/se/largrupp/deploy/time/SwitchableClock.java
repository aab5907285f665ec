package se.largrupp.deploy.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.largrupp.core.scheduling.ScaledClock;

/**
 * The domain clock the core gets: a {@link ScaledClock} that the sandbox's time control can swap for one with
 * another scale, continuing from the same domain instant. Outside the sandbox it never changes.
 */
public final class SwitchableClock extends Clock {
    private volatile ScaledClock current;

    public SwitchableClock(ScaledClock initial) {
        this.current = initial;
    }

    public ScaledClock current() {
        return current;
    }

    void set(ScaledClock next) {
        current = next;
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }
}
