package se.largrupp.deploy.time;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.scheduling.QuartzWakeups;

/** Counts wake-ups that fired late (after downtime or overload) for {@code /metrics}, across every Quartz scheduler. */
public final class MisfireMeter {
    private static final Logger log = LoggerFactory.getLogger(MisfireMeter.class);
    private final Counter misfires;

    public MisfireMeter(MeterRegistry meters) {
        this.misfires = Counter.builder("largrupp.scheduler.misfires")
                .description("Wake-ups that fired late (after downtime or overload)").register(meters);
    }

    /** Watches {@code quartz}'s triggers; returns it. */
    public QuartzWakeups watch(QuartzWakeups quartz) {
        try {
            quartz.scheduler().getListenerManager().addTriggerListener(new TriggerListenerSupport() {
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
        return quartz;
    }
}
