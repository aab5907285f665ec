package se.largrupp.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.JobListenerSupport;
import se.largrupp.core.Largrupp;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;

/**
 * The bot goes down mid-round and comes back on the same H2 file database, with Quartz's JDBC store: the remaining
 * turn messages come, none twice, and a turn end missed by more than a turn becomes one "interrupted" message.
 * Wake-ups lie in the (real) future; the test fires them with {@code fireNow} instead of waiting, and waits (bounded)
 * only for Quartz's thread to finish the run it asked for.
 */
class RoundRestartTest {
    private static final Instant T = Instant.parse("2027-01-12T11:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final MutableClock clock = MutableClock.at(T);
    private final LeaderId anna = TestCore.leaderId("U1"), bo = TestCore.leaderId("U2"), cy = TestCore.leaderId("U3");
    private final ConversationRef channel = ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:C1");

    /** One running instance of the bot: database, scheduler and core. */
    private final class Instance implements AutoCloseable {
        final Database db;
        final QuartzWakeups wakeups;
        final Largrupp core;
        final JdbcRepositories repos;
        /** One permit per finished run of a round's wake-up (Quartz tells its listeners after the job returned). */
        final Semaphore finishedRuns = new Semaphore(0);

        Instance(String url) {
            db = Database.open(url, "sa", "", 4);
            repos = JdbcRepositories.of(db, clock);
            wakeups = QuartzWakeups.create(db.dataSource(), false, ScaledClock.unscaled(Clock.systemUTC()),
                    QuartzWakeups.Options.defaults().withThreads(2));
            core = Largrupp.builder().leaders(repos.leaders()).groups(repos.groups()).meetings(repos.meetings())
                    .admins(repos.admins()).processedDeliveries(repos.deliveries()).transactions(repos.transactions())
                    .outbox(new JdbcOutbox(db.jdbc(), clock, false)).wakeups(wakeups)
                    .groupConversations(new TestCore.RecordingConversations()).clock(clock)
                    .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(db.jdbc(), MeetingSettings.defaults())).build();
            core.wakeupHandlers().forEach(wakeups::register);
            try {
                wakeups.scheduler().getListenerManager().addJobListener(new JobListenerSupport() {
                    @Override
                    public String getName() {
                        return "finished-round-runs";
                    }

                    @Override
                    public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                        finishedRuns.release();
                    }
                }, GroupMatcher.jobGroupEquals(RoundEffects.TOPIC));
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
            wakeups.start();
        }

        Round round(GroupId g) {
            return new JdbcRounds(db.jdbc()).latest(g).orElseThrow();
        }

        /** The outbox keys under the prefix, leaving out the phase changes inside a turn (the template's, not the turn's). */
        List<String> keys(String prefix) {
            return db.jdbc().query("SELECT idempotency_key FROM outbox WHERE idempotency_key LIKE ? ORDER BY idempotency_key",
                    rs -> rs.getString(1), prefix + "%").stream().filter(k -> !k.contains(":phase:")).toList();
        }

        /**
         * Fires the round's wake-up now and waits (bounded) until that run has finished: its transaction committed
         * and its next wake-up planned, so nothing of it is still writing when the test goes on.
         */
        void fire(Round round) throws InterruptedException {
            assertThat(wakeups.isScheduled(RoundEffects.TOPIC, RoundEffects.subject(round))).as("wake-up survives").isTrue();
            finishedRuns.drainPermits();
            wakeups.fireNow(RoundEffects.TOPIC, RoundEffects.subject(round));
            assertThat(finishedRuns.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the wake-up ran").isTrue();
        }

        /** Fires the round's wake-up; its run wrote the message with this key. */
        void fireAndAwait(Round round, String key) throws InterruptedException {
            fire(round);
            assertThat(keys(key)).as("message " + key).hasSize(1);
        }

        /**
         * Down as after a crash, as far as one JVM allows: the stored round and wake-up stay as they are, nothing is
         * cleaned up. The scheduler's threads end before the pool closes, as they would in a crash (all at once); a
         * Quartz thread left writing to a closing pool is nothing a real crash does. SIGKILL itself is
         * {@code KilledMidRoundTest}'s in the deploy module.
         */
        @Override
        public void close() {
            wakeups.close();
            db.close();
        }
    }

    private Invocation by(LeaderId who) {
        return new Invocation(who, who.user(), Optional.of(Language.EN), channel, Optional.empty());
    }

    @Test
    void after_restarts_the_remaining_turn_messages_come_once_and_a_very_late_turn_is_replaced_by_an_interruption(
            @TempDir Path dir) throws Exception {
        // A plain file URL, as an operator writes it: Database adds what a server needs (H2Urls: the retry: file system,
        // so the simulated crash's interrupts cannot close the database for the next instance).
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath();
        GroupId group;
        Round round;
        String r;
        try (Instance first = new Instance(url)) {
            LearningGroup g = first.repos.transactions().inTransaction(() -> {
                for (LeaderId id : List.of(anna, bo, cy))
                    first.repos.leaders().save(Leader.joining(id, id.user(), clock.instant()).withLanguage(Optional.of(Language.EN)));
                LearningGroup formed = LearningGroup.formed(TestCore.WORKSPACE, "2027v1-01", 1, List.of(anna, bo, cy), clock.instant())
                        .withConversation(channel).withBooking(Optional.of(new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON,
                                ZoneId.of("Europe/Stockholm"), Cadence.EVERY_2_WEEKS, StandingBooking.DEFAULT_DURATION,
                                MeetingFormat.FIKA, Optional.empty(), LocalDate.parse("2027-01-12"))));
                first.repos.groups().save(formed);
                return formed;
            });
            group = g.id();
            first.core.commands().execute(by(anna), "start 10");
            round = first.round(group);
            r = "round:" + round.id() + ":";

            clock.set(T.plus(Duration.ofMinutes(8)));
            first.fireAndAwait(round, r + "turn:1:warning:");
            clock.set(T.plus(Duration.ofMinutes(10)));
            first.fireAndAwait(round, r + "turn:1:time-up");
            assertThat(first.round(group).current()).isEqualTo(1);
        } // down during the second turn, which ends at minute 20

        clock.set(T.plus(Duration.ofMinutes(23))); // 3 minutes late: less than a turn, so it still comes
        try (Instance second = new Instance(url)) {
            second.fireAndAwait(round, r + "turn:2:time-up");
            assertThat(second.round(group).current()).isEqualTo(2);
            assertThat(second.round(group).turnEndsAt()).contains(T.plus(Duration.ofMinutes(33)));
            second.fire(round); // a duplicate firing: too early, a no-op
            assertThat(second.keys(r + "turn:")).as("nothing new").hasSize(3);
        }

        clock.set(T.plus(Duration.ofMinutes(60))); // the third turn ended 27 minutes ago: more than a turn late
        try (Instance third = new Instance(url)) {
            third.fireAndAwait(round, r + "turn:3:interrupted");
            assertThat(third.round(group).status()).isEqualTo(RoundStatus.INTERRUPTED);
            assertThat(third.keys(r + "turn:3:time-up")).isEmpty();
            assertThat(third.keys(r + "turn:3:warning")).isEmpty();

            third.core.commands().execute(by(bo), "next");

            assertThat(third.round(group).status()).isEqualTo(RoundStatus.FINISHED);
            assertThat(third.keys(r + "closing")).hasSize(1);
            assertThat(third.keys(r + "turn:")).containsExactly(
                    r + "turn:1:time-up", r + "turn:1:warning:" + T.plus(Duration.ofMinutes(10)).toEpochMilli(),
                    r + "turn:2:time-up", r + "turn:3:interrupted");
            assertThat(third.wakeups.isScheduled(RoundEffects.TOPIC, RoundEffects.subject(round))).isFalse();
        }
    }
}
