package se.largrupp.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcRoundsTest {
    private static final Instant T = Instant.parse("2027-01-12T11:00:00Z");
    private static final LeaderId A = LeaderId.of(Platform.TEAMS, "tenant-1", "29:1abc");
    private static final LeaderId B = LeaderId.of(Platform.TEAMS, "tenant-1", "29:2def");
    private final GroupId group = GroupId.random();

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_round_keeps_its_order_timing_and_status_through_every_state(TestDatabase db) {
        JdbcRounds rounds = new JdbcRounds(db.jdbc());
        Round started = Round.started(group, List.of(B, A), Duration.ofMinutes(15), T);

        db.transactions().inTransaction(() -> rounds.save(started));
        assertThat(rounds.find(started.id())).contains(started);
        assertThat(rounds.open(group)).contains(started);

        Round held = started.nextTurn(T.plusSeconds(60)).held(T.plusSeconds(120));
        rounds.save(held);
        assertThat(rounds.find(started.id())).contains(held);
        assertThat(held.pausedRemaining()).contains(Duration.ofMinutes(14));

        Round done = held.ended(RoundStatus.FINISHED);
        rounds.save(done);
        assertThat(rounds.open(group)).isEmpty();
        assertThat(rounds.allOpen()).isEmpty();
        assertThat(rounds.latest(group)).contains(done);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_forgotten_leader_leaves_every_rounds_order_and_a_round_of_only_them_goes(TestDatabase db) {
        JdbcRounds rounds = new JdbcRounds(db.jdbc());
        LeaderId underscore = LeaderId.of(Platform.SLACK, "T1", "U_1");
        LeaderId lookalike = LeaderId.of(Platform.SLACK, "T1", "UX1"); // '_' must not act as a LIKE wildcard
        Round running = Round.started(group, List.of(A, underscore, B), Duration.ofMinutes(15), T).nextTurn(T.plusSeconds(900));
        Round alone = Round.started(GroupId.random(), List.of(underscore), Duration.ofMinutes(15), T).ended(RoundStatus.FINISHED);
        Round other = Round.started(GroupId.random(), List.of(lookalike, B), Duration.ofMinutes(15), T);
        List.of(running, alone, other).forEach(rounds::save);

        rounds.forget(underscore);

        Round after = rounds.find(running.id()).orElseThrow();
        assertThat(after.order()).containsExactly(A, B);
        assertThat(after.speaker()).as("the next person has the floor for what is left of the turn").isEqualTo(B);
        assertThat(after.turnEndsAt()).isEqualTo(running.turnEndsAt());
        assertThat(rounds.find(alone.id())).isEmpty();
        assertThat(rounds.find(other.id())).contains(other);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_latest_round_of_a_group_is_the_last_started_and_other_groups_do_not_interfere(TestDatabase db) {
        JdbcRounds rounds = new JdbcRounds(db.jdbc());
        Round first = Round.started(group, List.of(A, B), Duration.ofMinutes(15), T).ended(RoundStatus.STOPPED);
        Round second = Round.started(group, List.of(B, A), Duration.ofMinutes(15), T.plus(Duration.ofDays(14)));
        Round elsewhere = Round.started(GroupId.random(), List.of(A), Duration.ofMinutes(5), T.plus(Duration.ofDays(20)));
        rounds.save(second);
        rounds.save(first);
        rounds.save(elsewhere);

        assertThat(rounds.latest(group)).contains(second);
        assertThat(rounds.open(group)).contains(second);
        assertThat(rounds.allOpen()).containsExactly(second, elsewhere);
    }
}
