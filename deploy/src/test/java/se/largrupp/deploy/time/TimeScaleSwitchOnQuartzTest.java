package se.largrupp.deploy.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/**
 * The sandbox's time-scale switch on real Quartz with its JDBC store on H2, with the real clock held still: every
 * trigger time is exact, and nothing waits for a wake-up to come due. The wake-ups lie an hour of domain time ahead,
 * so no trigger comes due by itself while the test runs, even at 60×.
 */
class TimeScaleSwitchOnQuartzTest {
    static final String TOPIC = "test";
    final Instant realNow = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final Clock real = Clock.fixed(realNow, ZoneOffset.UTC);
    final Instant domainNow = Instant.parse("2027-01-12T11:00:00Z");
    final LinkedBlockingQueue<String> woken = new LinkedBlockingQueue<>();
    TestDatabase db;
    Scheduler scheduler;

    @BeforeEach
    void start() {
        db = TestDatabases.h2();
        MisfireMeter misfires = new MisfireMeter(new SimpleMeterRegistry());
        scheduler = new Scheduler(new ScaledClock(real, realNow, domainNow, 1), clock -> misfires.watch(
                QuartzWakeups.create(db.dataSource(), false, clock, QuartzWakeups.Options.defaults().withThreads(2))));
        scheduler.register(new Wakeups.Handler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public void wake(String subject, Instant due) {
                woken.add(subject + "@" + due);
            }
        });
        scheduler.start();
    }

    @AfterEach
    void stop() {
        scheduler.stop();
        db.close();
    }

    Instant fireTime(String subject) throws Exception {
        return scheduler.quartz().scheduler().getTrigger(TriggerKey.triggerKey(subject, TOPIC)).getNextFireTime().toInstant();
    }

    @Test
    void pending_wakeups_keep_their_domain_due_time_and_move_to_the_new_scale() throws Exception {
        TimeScaleSwitch time = new TimeScaleSwitch(scheduler, true, real);
        scheduler.schedule(TOPIC, "in-an-hour", domainNow.plus(Duration.ofHours(1)));
        scheduler.schedule(TOPIC, "in-two-hours", domainNow.plus(Duration.ofHours(2)));
        assertThat(fireTime("in-an-hour")).isEqualTo(realNow.plus(Duration.ofHours(1)));

        assertThat(time.setScale(60)).isTrue();

        assertThat(time.scale()).isEqualTo(60);
        assertThat(scheduler.clock().instant()).as("the domain clock continues from where it was").isEqualTo(domainNow);
        assertThat(fireTime("in-an-hour")).isEqualTo(realNow.plus(Duration.ofMinutes(1)));
        assertThat(fireTime("in-two-hours")).isEqualTo(realNow.plus(Duration.ofMinutes(2)));
        assertThat(scheduler.problem()).as("the new scheduler fires").isEmpty();

        assertThat(time.setScale(1)).isTrue();
        assertThat(fireTime("in-an-hour")).isEqualTo(realNow.plus(Duration.ofHours(1)));
    }

    @Test
    void after_a_switch_new_wakeups_follow_the_new_scale_and_the_handlers_run_on_the_new_scheduler() throws Exception {
        TimeScaleSwitch time = new TimeScaleSwitch(scheduler, true, real);
        QuartzWakeups before = scheduler.quartz();
        time.setScale(120);
        assertThat(scheduler.quartz()).isNotSameAs(before);
        assertThat(before.scheduler().isShutdown()).as("the replaced scheduler").isTrue();

        scheduler.schedule(TOPIC, "later", domainNow.plus(Duration.ofHours(1)));
        assertThat(fireTime("later")).isEqualTo(realNow.plus(Duration.ofSeconds(30)));

        scheduler.quartz().fireNow(TOPIC, "later");
        assertThat(woken.poll(20, TimeUnit.SECONDS)).isEqualTo("later@" + domainNow.plus(Duration.ofHours(1)));
    }

    @Test
    void a_fixed_scale_refuses_to_change_and_moves_nothing() throws Exception {
        TimeScaleSwitch time = new TimeScaleSwitch(scheduler, false, real);
        QuartzWakeups before = scheduler.quartz();
        scheduler.schedule(TOPIC, "in-an-hour", domainNow.plus(Duration.ofHours(1)));

        assertThat(time.setScale(60)).isFalse();

        assertThat(time.scale()).isEqualTo(1);
        assertThat(scheduler.quartz()).isSameAs(before);
        assertThat(fireTime("in-an-hour")).isEqualTo(realNow.plus(Duration.ofHours(1)));
    }
}
