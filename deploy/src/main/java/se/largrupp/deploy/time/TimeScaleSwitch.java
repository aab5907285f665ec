package se.largrupp.deploy.time;

import java.time.Clock;
import java.time.Instant;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.deploy.sandbox.TimeControl;

/**
 * The sandbox's time-scale knob. Quartz fires at real instants computed from the scaled clock when a wake-up was
 * scheduled, so a new scale means a new clock and new trigger times: the scheduler is replaced by one on a clock that
 * continues from the same domain instant at the new scale, and every stored wake-up is scheduled again at its
 * unchanged domain due time. Off outside the sandbox and in a cluster (the other instances would not follow).
 */
public final class TimeScaleSwitch implements TimeControl {
    private static final Logger log = LoggerFactory.getLogger(TimeScaleSwitch.class);
    // The job data keys QuartzWakeups writes (its WakeupJob constants).
    private static final String TOPIC = "topic", SUBJECT = "subject", DUE = "dueEpochMilli";

    private final Scheduler scheduler;
    private final boolean adjustable;
    private final Clock real;

    /** @param adjustable whether {@link #setScale} may change the scale */
    public TimeScaleSwitch(Scheduler scheduler, boolean adjustable, Clock real) {
        this.scheduler = scheduler;
        this.adjustable = adjustable;
        this.real = real;
    }

    @Override
    public double scale() {
        return scheduler.scaledClock().scale();
    }

    @Override
    public synchronized boolean setScale(double scale) {
        if (!adjustable) return false;
        if (scale == scale()) return true;
        ScaledClock next = new ScaledClock(real, real.instant(), scheduler.clock().instant(), scale);
        int moved = scheduler.replace(next, TimeScaleSwitch::rescheduleAll);
        log.atInfo().setMessage("time scale changed").addKeyValue("scale", scale).addKeyValue("wakeups", moved).log();
        return true;
    }

    private static int rescheduleAll(QuartzWakeups quartz) {
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
}
