package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.storage.StorageFixtures.ACME;
import static se.largrupp.core.storage.StorageFixtures.OTHER;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.group;
import static se.largrupp.core.storage.StorageFixtures.id;
import static se.largrupp.core.storage.StorageFixtures.leader;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcLeadersTest {

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_with_a_swedish_name_and_emoji_comes_back_unchanged(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        Leader åsa = new Leader(id("U-åsa"), "Åsa Öberg-Ängström 🌻 ‏مرحبا", Optional.of("Försäljning & Marknad ☕"),
                Optional.of(id("U-chef")), Optional.of(Language.SV), ZoneId.of("America/Sao_Paulo"),
                new LeaderStatus.Paused(Optional.of(LocalDate.of(2027, 3, 1))), T0.plusNanos(123_000),
                List.of(id("U-z"), id("U-a"), id("U-m")));

        leaders.save(åsa);

        assertThat(leaders.find(åsa.id())).contains(åsa);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void saving_again_replaces_the_leader(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        Leader first = leader("U1", "Karin", T0).withNotWith(List.of(id("U9")));
        leaders.save(first);
        Leader changed = first.withProfile("Karin K", Optional.empty(), Optional.empty())
                .withLanguage(Optional.of(Language.EN)).withStatus(new LeaderStatus.Paused(Optional.empty()))
                .withNotWith(List.of(id("U8")));

        leaders.save(changed);

        assertThat(leaders.find(first.id())).contains(changed);
        assertThat(leaders.inWorkspace(ACME)).containsExactly(changed);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_unknown_leader_is_not_found(TestDatabase db) {
        assertThat(new JdbcLeaders(db.jdbc()).find(id("nobody"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_workspace_lists_those_who_have_not_left_in_join_order(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        Leader late = leader("U3", "Sen", T0.plus(Duration.ofDays(3))).withNotWith(List.of(id("U1")));
        Leader early = leader("U1", "Tidig", T0);
        Leader paused = leader("U2", "Pausad", T0.plus(Duration.ofDays(1))).withStatus(new LeaderStatus.Paused(Optional.empty()));
        Leader gone = leader("U4", "Borta", T0.plus(Duration.ofDays(2))).withStatus(new LeaderStatus.Left());
        Leader elsewhere = leader(new LeaderId(OTHER, "29:abc"), T0);
        List.of(late, early, paused, gone, elsewhere).forEach(leaders::save);

        assertThat(leaders.inWorkspace(ACME)).containsExactly(early, paused, late);
        assertThat(leaders.inWorkspace(OTHER)).containsExactly(elsewhere);
        assertThat(leaders.find(gone.id())).contains(gone);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void forgetting_a_leader_removes_them_and_every_reference_to_them(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        JdbcMeetings meetings = new JdbcMeetings(db.jdbc());
        JdbcAdmins admins = new JdbcAdmins(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        LeaderId forgotten = id("U-glöm");
        leaders.save(leader(forgotten, T0));
        leaders.save(leader("U2", "Bo", T0).withProfile("Bo", Optional.empty(), Optional.of(forgotten))
                .withNotWith(List.of(forgotten, id("U3"))));
        LearningGroup g = group("2027v1-01", 1, T0, forgotten, id("U2"), id("U3"));
        groups.save(g);
        meetings.save(Meeting.planned(g.id(), T0.plus(Duration.ofDays(7))).withRsvp(forgotten, Rsvp.COMING)
                .withRsvp(id("U2"), Rsvp.NOT_COMING));
        admins.add(forgotten, id("U2"));
        admins.add(id("U3"), forgotten);

        leaders.forget(forgotten);

        assertThat(leaders.find(forgotten)).isEmpty();
        Leader bo = leaders.find(id("U2")).orElseThrow();
        assertThat(bo.manager()).isEmpty();
        assertThat(bo.notWith()).containsExactly(id("U3"));
        assertThat(groups.find(g.id()).orElseThrow().members()).containsExactly(id("U2"), id("U3"));
        assertThat(groups.activeGroupOf(forgotten)).isEmpty();
        assertThat(meetings.ofGroup(g.id()).get(0).rsvps()).containsOnlyKeys(id("U2"));
        assertThat(admins.isAdmin(forgotten)).isFalse();
        assertThat(admins.isAdmin(id("U3"))).isTrue();
        assertThat(db.jdbc().query("SELECT COUNT(*) AS n FROM admins WHERE added_by = ?", r -> r.getLong("n"), forgotten.key()))
                .containsExactly(0L);
    }


    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void forgetting_the_last_member_of_a_group_removes_the_group(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LeaderId solo = id("U-solo");
        leaders.save(leader(solo, T0));
        LearningGroup g = group("ensam", 1, T0, solo);
        groups.save(g);
        new JdbcMeetings(db.jdbc()).save(Meeting.planned(g.id(), T0).withRsvp(solo, Rsvp.COMING));

        leaders.forget(solo);

        assertThat(groups.find(g.id())).isEmpty();
        assertThat(new JdbcMeetings(db.jdbc()).ofGroup(g.id())).isEmpty();
    }
}
