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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Wake-ups lie in the (real) future; the test fires them with {@code fireNow} instead of waiting.
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
            wakeups.start();
        }

        Round round(GroupId g) {
            return new JdbcRounds(db.jdbc()).latest(g).orElseThrow();
        }

        List<String> keys(String prefix) {
            return db.jdbc().query("SELECT idempotency_key FROM outbox WHERE idempotency_key LIKE ? ORDER BY idempotency_key",
                    rs -> rs.getString(1), prefix + "%");
        }

        /** Fires the round's wake-up now and waits (bounded) until the message with this key is in the outbox. */
        void fireAndAwait(Round round, String key) throws InterruptedException {
            assertThat(wakeups.isScheduled("rounds.turn", RoundEffects.subject(round))).as("wake-up survives").isTrue();
            wakeups.fireNow("rounds.turn", RoundEffects.subject(round));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (keys(key).isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(keys(key)).as("message " + key).hasSize(1);
        }

        /** Like a crash: the scheduler stops without waiting, the pool closes; nothing is cleaned up. */
        @Override
        public void close() {
            try {
                wakeups.scheduler().shutdown(false);
            } catch (Exception ignored) {
                // going down anyway
            }
            db.close();
        }
    }

    private Invocation by(LeaderId who) {
        return new Invocation(who, who.user(), Optional.of(Language.EN), channel, Optional.empty());
    }

    @Test
    void after_restarts_the_remaining_turn_messages_come_once_and_a_very_late_turn_is_replaced_by_an_interruption(
            @TempDir Path dir) throws Exception {
        // The async file system survives the thread interrupts of the simulated crash (Quartz stopping mid-write); the
        // default NIO channel is closed by an interrupt and leaves the database unusable for the next instance.
        String url = "jdbc:h2:async:" + dir.resolve("largrupp").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
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
            second.wakeups.fireNow("rounds.turn", RoundEffects.subject(round)); // a duplicate firing: too early, a no-op
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
            assertThat(third.wakeups.isScheduled("rounds.turn", RoundEffects.subject(round))).isFalse();
        }
    }
}
