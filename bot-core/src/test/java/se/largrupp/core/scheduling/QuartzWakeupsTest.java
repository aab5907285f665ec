package se.largrupp.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.TriggerKey;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.storage.Database;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class QuartzWakeupsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final QuartzWakeups.Options OPTIONS = QuartzWakeups.Options.defaults().withThreads(2);

    private final TestDatabase db = TestDatabases.h2();
    private final ScaledClock clock = ScaledClock.unscaled(Clock.systemUTC());
    private final RecordingHandler turns = new RecordingHandler("turn");

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private QuartzWakeups started() {
        QuartzWakeups wakeups = QuartzWakeups.create(db.dataSource(), false, clock, OPTIONS).register(turns);
        wakeups.start();
        return wakeups;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Quartz removes a fired one-off job just after its handler returns. */
    private static boolean awaitGone(QuartzWakeups wakeups, String topic, String subject) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (wakeups.isScheduled(topic, subject) && System.nanoTime() < end) Thread.sleep(20);
        return !wakeups.isScheduled(topic, subject);
    }

    @Test
    void a_due_wake_up_calls_its_handler_once_with_subject_and_due_time() throws Exception {
        try (QuartzWakeups wakeups = started()) {
            Instant due = now();
            wakeups.schedule("turn", "round:g1:2", due);

            assertThat(turns.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::subject, RecordingHandler.Woken::due)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("round:g1:2", due));
            assertThat(awaitGone(wakeups, "turn", "round:g1:2")).isTrue();
        }
    }

    @Test
    void a_wake_up_planned_again_while_it_runs_waits_for_the_running_one_instead_of_racing_it() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch bothRan = new java.util.concurrent.CountDownLatch(2);
        Wakeups.Handler place = new Wakeups.Handler() {
            @Override public String topic() { return "place"; }
            @Override public void wake(String subject, Instant due) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                entered.countDown();
                try {
                    release.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                bothRan.countDown();
            }
        };
        // Two threads, so only the rule can keep the second run from starting beside the first.
        try (QuartzWakeups wakeups = QuartzWakeups.create(db.dataSource(), false, clock, OPTIONS).register(place)) {
            wakeups.start();
            wakeups.schedule("place", "workspace:w1", now());
            assertThat(entered.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isTrue();

            wakeups.schedule("place", "workspace:w1", now()); // a second join moves the run while it runs
            boolean startedBeside = false;
            for (int i = 0; i < 25 && !startedBeside; i++) {
                Thread.sleep(20);
                startedBeside = running.get() > 1;
            }
            release.countDown();

            assertThat(bothRan.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).as("the second run follows").isTrue();
            assertThat(most.get()).as("runs of one wake-up at once").isEqualTo(1);
        }
    }

    @Test
    void fire_now_runs_a_later_wake_up_at_once_with_its_own_due_time_and_only_once() throws Exception {
        try (QuartzWakeups wakeups = started()) {
            Instant due = now().plus(Duration.ofHours(1));
            wakeups.schedule("turn", "round:g1:3", due);

            wakeups.fireNow("turn", "round:g1:3");

            assertThat(turns.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::due).containsExactly(due);
            assertThat(awaitGone(wakeups, "turn", "round:g1:3")).isTrue();
        }
    }

    @Test
    void scheduling_again_replaces_and_cancel_removes_by_topic_and_subject_or_by_prefix() {
        try (QuartzWakeups wakeups = started()) {
            Instant later = now().plus(Duration.ofDays(1));
            wakeups.schedule("turn", "group:1", later);
            wakeups.schedule("turn", "group:1", later.plusSeconds(60));
            wakeups.schedule("nudge", "group:1:day-before", later);
            wakeups.schedule("nudge", "group:2:day-before", later);
            wakeups.schedule("nudge", "group:3:day-before", later);

            assertThat(wakeups.scheduler().getTrigger(TriggerKey.triggerKey("group:1", "turn")).getStartTime().toInstant())
                    .isEqualTo(later.plusSeconds(60));

            wakeups.cancelAll("group:1");
            wakeups.cancel("nudge", "group:2:day-before");

            assertThat(wakeups.isScheduled("turn", "group:1")).isFalse();
            assertThat(wakeups.isScheduled("nudge", "group:1:day-before")).isFalse();
            assertThat(wakeups.isScheduled("nudge", "group:2:day-before")).isFalse();
            assertThat(wakeups.isScheduled("nudge", "group:3:day-before")).isTrue();
        } catch (org.quartz.SchedulerException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_failing_handler_is_logged_and_other_wake_ups_still_fire() throws Exception {
        QuartzWakeups wakeups = QuartzWakeups.create(db.dataSource(), false, clock, OPTIONS).register(turns)
                .register(new Wakeups.Handler() {
                    public String topic() { return "broken"; }
                    public void wake(String subject, Instant due) { throw new IllegalStateException("boom"); }
                });
        try (wakeups) {
            wakeups.start();
            for (int i = 0; i < 3; i++) wakeups.schedule("broken", "b" + i, now());
            for (int i = 0; i < 3; i++) wakeups.schedule("turn", "t" + i, now());

            assertThat(turns.awaitAtLeast(3, WAIT)).extracting(RecordingHandler.Woken::subject)
                    .containsExactlyInAnyOrder("t0", "t1", "t2");
        }
    }

    @Test
    void a_wake_up_missed_long_ago_fires_at_once_and_the_handler_sees_its_original_due_time() throws Exception {
        try (QuartzWakeups wakeups = started()) {
            Instant due = now().minus(Duration.ofHours(2));
            wakeups.schedule("turn", "late", due);

            assertThat(turns.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::due).containsExactly(due);
        }
    }

    @Test
    void with_a_time_scale_a_domain_hour_away_is_due_in_real_seconds_and_fires_with_its_domain_due_time() throws Exception {
        // The real clock held still: the trigger's real time is exact, and the firing is asked for, not waited for.
        Instant realNow = now();
        ScaledClock fast = ScaledClock.startingNow(Clock.fixed(realNow, java.time.ZoneOffset.UTC), 3600);
        try (QuartzWakeups wakeups = QuartzWakeups.create(db.dataSource(), false, fast, OPTIONS).register(turns)) {
            wakeups.start();
            Instant due = fast.instant().plus(Duration.ofHours(10));
            wakeups.schedule("turn", "scaled", due);

            assertThat(wakeups.scheduler().getTrigger(TriggerKey.triggerKey("scaled", "turn")).getStartTime().toInstant())
                    .isEqualTo(realNow.plusSeconds(10));
            wakeups.fireNow("turn", "scaled");
            assertThat(turns.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::due).containsExactly(due);
        }
    }

    @Test
    void clustering_is_refused_on_h2() {
        assertThatThrownBy(() -> QuartzWakeups.create(db.dataSource(), false, clock, OPTIONS.withClustered(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostgreSQL");
    }

    @Test
    void a_wake_up_scheduled_before_a_restart_fires_once_after_it(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Instant due = now();
        try (Database before = Database.open(url, "sa", "", 4);
             QuartzWakeups stopped = QuartzWakeups.create(before.dataSource(), false, clock, OPTIONS).register(turns)) {
            // never started: the process goes down before the wake-up had its turn
            stopped.schedule("turn", "round:g1:2", due);
            stopped.schedule("turn", "round:g1:3", due.plus(Duration.ofDays(1)));
        }
        assertThat(turns.woken()).isEmpty();
        assertThat(Files.list(dir)).isNotEmpty();

        try (Database after = Database.open(url, "sa", "", 4);
             QuartzWakeups restarted = QuartzWakeups.create(after.dataSource(), false, clock, OPTIONS).register(turns)) {
            restarted.start();

            assertThat(turns.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::subject).containsExactly("round:g1:2");
            assertThat(restarted.isScheduled("turn", "round:g1:3")).isTrue();
            // Once: a second run of the overdue wake-up would come before one asked for after it.
            restarted.fireNow("turn", "round:g1:3");
            assertThat(turns.awaitAtLeast(2, WAIT)).extracting(RecordingHandler.Woken::subject)
                    .containsExactly("round:g1:2", "round:g1:3");
        }
    }
}
