package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.usecases.ApplyRetention;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The retention rule for people, on a fixed clock: a leader who left is erased once the period has passed. */
class RetentionTest {
    private final MutableClock clock = MutableClock.standard();
    private final ManualWakeups wakeups = new ManualWakeups();
    private final LeaderId anna = TestCore.leaderId("U0ANNA"), bo = TestCore.leaderId("U0BO"), cy = TestCore.leaderId("U0CY");

    private Invocation by(LeaderId who, String name) {
        return new Invocation(who, name, Optional.empty(), ConversationRef.direct(who), Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_who_left_is_erased_after_the_retention_period_and_the_others_stay(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions())
                .outbox(new JdbcOutbox(db.jdbc(), clock, db.isPostgres())).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock)
                .keepLeftLeaders(Duration.ofDays(30)).build();
        core.wakeupHandlers().forEach(wakeups::register);
        for (LeaderId l : new LeaderId[] {anna, bo, cy}) core.commands().execute(by(l, l.user() + " Namn"), "join HR");
        LearningGroup past = LearningGroup.formed(TestCore.WORKSPACE, "2026v1-01", 1, java.util.List.of(anna, bo, cy),
                clock.instant()).dissolved(clock.instant().plusSeconds(60));
        r.transactions().inTransaction(() -> r.groups().save(past));
        core.commands().execute(by(anna, "U0ANNA Namn"), "leave");
        clock.advance(Duration.ofDays(10));
        core.commands().execute(by(bo, "U0BO Namn"), "leave");
        core.planAll();

        clock.advance(Duration.ofDays(25)); // Anna left 35 days ago, Bo 25
        wakeups.fireDue(clock.instant());

        assertThat(r.leaders().find(anna)).isEmpty();
        assertThat(r.leaders().find(bo)).isPresent();
        assertThat(r.leaders().find(cy)).isPresent();
        assertThat(r.groups().find(past.id()).orElseThrow().members()).containsExactly(bo, cy);
        assertThat(wakeups.at(ApplyRetention.TOPIC, "all")).contains(clock.instant().plus(Duration.ofDays(1)));

        clock.advance(Duration.ofDays(6));
        wakeups.fireDue(clock.instant());
        assertThat(r.leaders().find(bo)).isEmpty();
        assertThat(r.leaders().find(cy)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_who_comes_back_before_the_period_ends_is_not_erased(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions())
                .outbox(new JdbcOutbox(db.jdbc(), clock, db.isPostgres())).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).build();
        core.wakeupHandlers().forEach(wakeups::register);
        core.commands().execute(by(anna, "Anna"), "join HR");
        core.commands().execute(by(anna, "Anna"), "leave");
        clock.advance(Duration.ofDays(60));
        core.commands().execute(by(anna, "Anna"), "join HR");
        clock.advance(Duration.ofDays(60)); // 120 days after leaving, but back for 60
        core.planAll();
        wakeups.fireDue(clock.instant());

        assertThat(r.leaders().find(anna)).isPresent();
        assertThat(r.leaders().leftBefore(clock.instant())).isEmpty();
    }
}
