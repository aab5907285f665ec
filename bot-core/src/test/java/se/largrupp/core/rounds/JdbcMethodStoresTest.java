package se.largrupp.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.rounds.roles.Role;
import se.largrupp.core.rounds.roles.RoleLedger;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The meeting method's tables (V90, V91) on H2 and PostgreSQL: a templated round, templates chosen, roles, ground rules. */
class JdbcMethodStoresTest {
    private static final Instant T = Instant.parse("2027-01-12T11:00:00Z");
    private static final LeaderId A = LeaderId.of(Platform.TEAMS, "tenant-1", "29:1abc");
    private static final LeaderId B = LeaderId.of(Platform.SLACK, "T1", "U_2");
    private final GroupId group = GroupId.random();

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_templated_round_keeps_its_phases_phase_and_samtalsledare(TestDatabase db) {
        JdbcRounds rounds = new JdbcRounds(db.jdbc());
        TurnPlan plan = new TurnPlan(Optional.of("troika"), List.of(Duration.ofSeconds(225), Duration.ofSeconds(225),
                Duration.ofSeconds(315), Duration.ofSeconds(135)));
        Round started = Round.started(group, List.of(A, B), plan, Optional.of(B), T);
        rounds.save(started);
        assertThat(rounds.find(started.id())).contains(started);

        Round later = started.phaseOver().nextPhase(T.plusSeconds(300)).held(T.plusSeconds(400));
        rounds.save(later);
        assertThat(rounds.find(started.id())).contains(later);
        assertThat(later.phase()).isEqualTo(2);

        rounds.forget(B);
        Round without = rounds.find(started.id()).orElseThrow();
        assertThat(without.facilitator()).isEmpty();
        assertThat(without.order()).containsExactly(A);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_groups_template_roles_and_agreements_are_kept_and_forget_me_removes_the_persons(TestDatabase db) {
        MethodStores stores = MethodStores.jdbc(db.jdbc());
        assertThat(stores.templates().of(group)).isEmpty();
        stores.templates().choose(group, "troika");
        stores.templates().choose(group, "reflecting");
        assertThat(stores.templates().of(group)).contains("reflecting");

        stores.roles().record(group, Role.OPENER, A, T);
        stores.roles().record(group, Role.OPENER, A, T.plus(Duration.ofDays(14)));
        stores.roles().record(group, Role.FACILITATOR, B, T);
        assertThat(stores.roles().of(group, Role.OPENER)).containsEntry(A, new RoleLedger.Entry(2, T.plus(Duration.ofDays(14))))
                .doesNotContainKey(B);
        assertThat(stores.roles().of(group, Role.FACILITATOR)).containsOnlyKeys(B);

        stores.groundRules().agree(group, A, T);
        stores.groundRules().agree(group, A, T.plusSeconds(5));
        stores.groundRules().agree(group, B, T);
        assertThat(stores.groundRules().agreed(group)).containsExactlyInAnyOrder(A, B);

        stores.roles().forget(A);
        stores.groundRules().forget(A);
        assertThat(stores.roles().of(group, Role.OPENER)).isEmpty();
        assertThat(stores.groundRules().agreed(group)).containsExactly(B);
        assertThat(stores.roles().of(group, Role.FACILITATOR)).containsOnlyKeys(B);
    }
}
