package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.storage.StorageFixtures.ACME;
import static se.largrupp.core.storage.StorageFixtures.OTHER;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.group;
import static se.largrupp.core.storage.StorageFixtures.id;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcGroupsTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ConversationRef TEAMS_CHAT = new ConversationRef(
            "teams:19:abc@thread.tacv2;messageid=1:https://smba.trafficmanager.net/emea/");

    private static StandingBooking tuesdayLunch() {
        return new StandingBooking(DayOfWeek.TUESDAY, LocalTime.of(12, 0), STOCKHOLM, Cadence.EVERY_2_WEEKS,
                Duration.ofMinutes(50), MeetingFormat.DIGITAL, Optional.of(URI.create("https://meet.example/åäö?x=1&y=2")),
                LocalDate.of(2027, 3, 16));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_group_with_booking_and_conversation_comes_back_unchanged(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup g = group("Lärgrupp ☕ Öst", 2, T0, id("U3"), id("U1"), id("U2"), id("U4"))
                .withConversation(TEAMS_CHAT).withBooking(Optional.of(tuesdayLunch()));

        groups.save(g);

        assertThat(groups.find(g.id())).contains(g);
        assertThat(groups.find(GroupId.random())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void saving_again_replaces_members_and_booking(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup g = group("g", 1, T0, id("U1"), id("U2"), id("U3")).withBooking(Optional.of(tuesdayLunch()));
        groups.save(g);
        LearningGroup changed = g.withMembers(List.of(id("U3"), id("U1"))).withBooking(Optional.empty());

        groups.save(changed);

        assertThat(groups.find(g.id())).contains(changed);
        assertThat(groups.activeGroupOf(id("U2"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_booking_is_stored_as_zone_and_wall_clock_time_so_it_stays_at_noon_across_dst(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup g = group("g", 1, T0, id("U1"), id("U2"), id("U3")).withBooking(Optional.of(tuesdayLunch()));
        groups.save(g);

        assertThat(db.jdbc().query("SELECT booking_zone, booking_time FROM learning_groups",
                r -> r.getString("booking_zone") + " " + r.getObject("booking_time", LocalTime.class)))
                .containsExactly("Europe/Stockholm 12:00");
        StandingBooking loaded = groups.find(g.id()).orElseThrow().booking().orElseThrow();
        // Sweden moves to summer time on 28 March 2027, between the first and the second meeting.
        List<ZonedDateTime> next = loaded.next(Instant.parse("2027-03-15T00:00:00Z"), 2);
        assertThat(next).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.NOON);
        assertThat(next).extracting(ZonedDateTime::toInstant)
                .containsExactly(Instant.parse("2027-03-16T11:00:00Z"), Instant.parse("2027-03-30T10:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void only_an_active_group_is_a_leaders_active_group(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup old = group("old", 1, T0, id("U1"), id("U2"), id("U3")).dissolved(T0.plus(Duration.ofDays(90)));
        LearningGroup current = group("new", 2, T0.plus(Duration.ofDays(90)), id("U1"), id("U4"), id("U5"));
        groups.save(old);
        groups.save(current);

        assertThat(groups.activeGroupOf(id("U1"))).contains(current);
        assertThat(groups.activeGroupOf(id("U2"))).isEmpty();
        assertThat(groups.active(ACME)).containsExactly(current);
        assertThat(groups.active(OTHER)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_conversation_finds_its_active_group_before_a_dissolved_one(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup old = group("old", 1, T0, id("U1"), id("U2"), id("U3")).withConversation(TEAMS_CHAT)
                .dissolved(T0.plusSeconds(60));
        LearningGroup reused = group("new", 2, T0.plusSeconds(60), id("U1"), id("U2"), id("U4")).withConversation(TEAMS_CHAT);
        groups.save(reused);
        groups.save(old);

        assertThat(groups.byConversation(TEAMS_CHAT)).contains(reused);
        assertThat(groups.byConversation(new ConversationRef("slack:T1:C404"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void all_active_spans_workspaces_and_latest_generation_is_per_workspace(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        assertThat(groups.latestGeneration(ACME)).isZero();
        LearningGroup a = group("a", 3, T0, id("U1"), id("U2"), id("U3"));
        LeaderId t1 = new LeaderId(OTHER, "29:1"), t2 = new LeaderId(OTHER, "29:2"), t3 = new LeaderId(OTHER, "29:3");
        LearningGroup b = new LearningGroup(GroupId.random(), OTHER, "b", 7, List.of(t1, t2, t3), Optional.empty(),
                Optional.empty(), se.largrupp.core.groups.GroupStatus.ACTIVE, T0.plusSeconds(1), Optional.empty());
        groups.save(a);
        groups.save(b);
        groups.save(group("gone", 5, T0, id("U7"), id("U8"), id("U9")).dissolved(T0.plusSeconds(5)));

        assertThat(groups.allActive()).containsExactly(a, b);
        assertThat(groups.latestGeneration(ACME)).isEqualTo(5);
        assertThat(groups.latestGeneration(OTHER)).isEqualTo(7);
        assertThat(groups.activeGroupOf(t2)).contains(b);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void history_holds_every_pair_of_every_generation_with_its_time_span(TestDatabase db) {
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        Instant dissolvedAt = T0.plus(Duration.ofDays(120));
        LearningGroup first = group("g1", 1, T0, id("U1"), id("U2"), id("U3")).dissolved(dissolvedAt);
        LearningGroup second = group("g2", 2, dissolvedAt, id("U1"), id("U4"));
        groups.save(second);
        groups.save(first);

        assertThat(groups.history(ACME)).containsExactly(
                new CoMembership(id("U1"), id("U2"), first.id(), 1, T0, Optional.of(dissolvedAt)),
                new CoMembership(id("U1"), id("U3"), first.id(), 1, T0, Optional.of(dissolvedAt)),
                new CoMembership(id("U2"), id("U3"), first.id(), 1, T0, Optional.of(dissolvedAt)),
                new CoMembership(id("U1"), id("U4"), second.id(), 2, dissolvedAt, Optional.empty()));
        assertThat(groups.history(OTHER)).isEmpty();
    }
}
