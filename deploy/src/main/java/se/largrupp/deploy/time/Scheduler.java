package se.largrupp.deploy.time;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.deploy.sandbox.TimeControl;

/**
 * The app's {@link Wakeups}: the delivery feature's {@link QuartzWakeups}, plus what the server needs around it —
 * start/standby/stop, readiness, misfire metrics, and (sandbox only) changing the time scale while running.
 *
 * <p>Changing the scale: Quartz fires at real instants computed from the scaled clock when a wake-up was scheduled,
 * so a new scale means a new clock and new trigger times. The old scheduler stops (running wake-ups finish), a new
 * one starts on the same job store with a clock that continues from the same domain instant, and every stored
 * wake-up is scheduled again at its unchanged domain due time.
 */
public final class Scheduler implements Wakeups, TimeControl {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    // The job data keys QuartzWakeups writes (its WakeupJob constants).
    private static final String TOPIC = "topic", SUBJECT = "subject", DUE = "dueEpochMilli";

    private final DataSource dataSource;
    private final boolean postgres;
    private final QuartzWakeups.Options options;
    private final SwitchableClock clock;
    private final boolean adjustable;
    private final List<Handler> handlers = new ArrayList<>();
    private final Counter misfires;
    private volatile QuartzWakeups quartz;
    private volatile boolean started;

    /** @param adjustable whether {@link #setScale} may change the scale (the sandbox, never a cluster) */
    public Scheduler(DataSource dataSource, boolean postgres, ScaledClock initial, QuartzWakeups.Options options,
                     boolean adjustable, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.options = options;
        this.clock = new SwitchableClock(initial);
        this.adjustable = adjustable && !options.clustered();
        this.misfires = Counter.builder("largrupp.scheduler.misfires")
                .description("Wake-ups that fired late (after downtime or overload)").register(meters);
        this.quartz = create(initial);
    }

    /** The domain clock for the core. */
    public Clock clock() {
        return clock;
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
        try {
            quartz.scheduler().standby();
        } catch (SchedulerException e) {
            log.warn("scheduler standby failed: {}", e.toString());
        }
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

    @Override
    public double scale() {
        return clock.current().scale();
    }

    @Override
    public synchronized boolean setScale(double scale) {
        if (!adjustable) return false;
        if (scale == scale()) return true;
        QuartzWakeups old = quartz;
        try {
            old.scheduler().standby(); // nothing new fires; wake-ups running now finish below
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not pause the scheduler", e);
        }
        ScaledClock next = new ScaledClock(Clock.systemUTC(), Instant.now(), clock.instant(), scale);
        QuartzWakeups fresh = create(next);
        handlers.forEach(fresh::register);
        // Swap first: a wake-up still running schedules its follow-up on the new scheduler, not the stopping one.
        clock.set(next);
        quartz = fresh;
        old.close();
        int moved = rescheduleAll();
        fresh.start();
        log.atInfo().setMessage("time scale changed").addKeyValue("scale", scale).addKeyValue("wakeups", moved).log();
        return true;
    }

    private int rescheduleAll() {
        int n = 0;
        try {
            org.quartz.Scheduler s = quartz.scheduler();
            for (String group : s.getJobGroupNames()) {
                for (JobKey key : s.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                    JobDataMap data = s.getJobDetail(key).getJobDataMap();
                    if (!data.containsKey(DUE)) continue;
                    quartz.schedule(data.getString(TOPIC), data.getString(SUBJECT), Instant.ofEpochMilli(data.getLong(DUE)));
                    n++;
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not move wake-ups to the new time scale", e);
        }
        return n;
    }

    private QuartzWakeups create(ScaledClock c) {
        QuartzWakeups q = QuartzWakeups.create(dataSource, postgres, c, options);
        try {
            q.scheduler().getListenerManager().addTriggerListener(new TriggerListenerSupport() {
                @Override
                public String getName() {
                    return "largrupp-metrics";
                }

                @Override
                public void triggerMisfired(Trigger trigger) {
                    misfires.increment();
                }
            });
        } catch (SchedulerException e) {
            log.warn("could not watch misfires: {}", e.toString());
        }
        return q;
    }
}
