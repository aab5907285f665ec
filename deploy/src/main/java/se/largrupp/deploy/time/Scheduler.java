package se.largrupp.deploy.time;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;

/**
 * The app's {@link Wakeups}: the delivery feature's {@link QuartzWakeups} with the server's lifecycle around it —
 * start, stop (waiting for running wake-ups), readiness — and the one safe way to put another Quartz scheduler in
 * its place ({@link #replace}), which the sandbox's time-scale switch uses.
 */
public final class Scheduler implements Wakeups {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final Function<ScaledClock, QuartzWakeups> factory;
    private final SwitchableClock clock;
    private final List<Handler> handlers = new ArrayList<>();
    private volatile QuartzWakeups quartz;
    private volatile boolean started;

    /** @param factory makes a Quartz scheduler (in standby) whose trigger times follow the given clock */
    public Scheduler(ScaledClock initial, Function<ScaledClock, QuartzWakeups> factory) {
        this.factory = factory;
        this.clock = new SwitchableClock(initial);
        this.quartz = factory.apply(initial);
    }

    /** The domain clock for the core. */
    public Clock clock() {
        return clock;
    }

    ScaledClock scaledClock() {
        return clock.current();
    }

    public synchronized void register(Handler handler) {
        handlers.add(handler);
        quartz.register(handler);
    }

    public synchronized void start() {
        quartz.start();
        started = true;
    }

    /** For /readyz: empty when firing, else why not. */
    public Optional<String> problem() {
        try {
            org.quartz.Scheduler s = quartz.scheduler();
            if (!started || !s.isStarted()) return Optional.of("not started");
            if (s.isInStandbyMode()) return Optional.of("in standby");
            if (s.isShutdown()) return Optional.of("shut down");
            return Optional.empty();
        } catch (SchedulerException e) {
            return Optional.of("unavailable");
        }
    }

    /** Stops firing at once (graceful shutdown), then waits for running wake-ups; stored ones stay for the next start. */
    public synchronized void stop() {
        standby(quartz);
        quartz.close();
        started = false;
    }

    @Override
    public void schedule(String topic, String subject, Instant at) {
        quartz.schedule(topic, subject, at);
    }

    @Override
    public void cancel(String topic, String subject) {
        quartz.cancel(topic, subject);
    }

    @Override
    public void cancelAll(String subjectPrefix) {
        quartz.cancelAll(subjectPrefix);
    }

    public QuartzWakeups quartz() {
        return quartz;
    }

    /**
     * Puts a Quartz scheduler on {@code next} in the place of the current one, on the same job store: the current one
     * stops firing, the new one gets every handler and, from then on, every schedule and cancel (a wake-up still
     * running plans its follow-up there, not on the scheduler that stops); the old one closes once its running
     * wake-ups are done; {@code move} then re-plans the stored wake-ups on the new one, which starts if this one ran.
     *
     * @return what {@code move} returned
     */
    synchronized int replace(ScaledClock next, ToIntFunction<QuartzWakeups> move) {
        QuartzWakeups old = quartz;
        standby(old);
        QuartzWakeups fresh = factory.apply(next);
        handlers.forEach(fresh::register);
        clock.set(next);
        quartz = fresh;
        old.close();
        int moved = move.applyAsInt(fresh);
        if (started) fresh.start();
        return moved;
    }

    private static void standby(QuartzWakeups q) {
        try {
            q.scheduler().standby();
        } catch (SchedulerException e) {
            log.warn("scheduler standby failed: {}", e.toString());
        }
    }
}
