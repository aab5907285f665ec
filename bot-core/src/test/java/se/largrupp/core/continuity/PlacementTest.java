package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.continuity.Programme.id;
import static se.largrupp.core.continuity.Programme.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

class PlacementTest {
    /** Three managers with two reports each, in three departments: a regrouping makes three groups of three. */
    static Programme nine(PlacementMode mode) {
        return nine(new Programme(mode));
    }

    static Programme nine(Programme p) {
        String[][] org = {{"UM1", "Maja Ek", "Ekonomi", null}, {"UE1", "Erik Al", "Ekonomi", "UM1"}, {"UE2", "Eva Berg", "Ekonomi", "UM1"},
                {"UM2", "Anders Holm", "Sälj", null}, {"US1", "Sara Lund", "Sälj", "UM2"}, {"US2", "Sven Ros", "Sälj", "UM2"},
                {"UM3", "Helena Berg", "HR", null}, {"UH1", "Hugo Falk", "HR", "UM3"}, {"UH2", "Hanna Gran", "HR", "UM3"}};
        for (String[] l : org) p.leader(l[0], l[1], l[2], l[3]);
        return p;
    }

    @Test
    void a_newcomer_is_placed_minutes_after_joining_the_group_is_told_and_lets_them_in_and_status_shows_it() {
        Programme p = nine(PlacementMode.AUTO);
        assertThat(p.regroup()).hasSize(3).allSatisfy(g -> assertThat(g.members()).hasSize(3));

        p.join("UNEW", "Oskar Sjöberg", "Sälj <@UM2>");
        assertThat(p.groupOf("UNEW")).as("placed off the request, after the settling time").isEmpty();
        p.t.clock.advance(Duration.ofMinutes(2));
        p.t.wakeups.fireDue(p.t.clock.instant());
        assertThat(p.groupOf("UNEW")).isEmpty();
        p.settle();

        LearningGroup g = p.groupOf("UNEW").orElseThrow();
        assertThat(g.members()).hasSize(4).doesNotContain(id("UM2"));
        assertThat(p.inGroup(g)).contains("Oskar Sjöberg (Sälj) är ny i gruppen – välkommen!");
        assertThat(p.t.conversations.admitted.get(g.conversation().orElseThrow())).contains(id("UNEW"));
        assertThat(String.join("\n", p.dmTexts("UNEW"))).contains("Du är med i lärgrupp " + g.name(),
                "https://chat.example/" + g.conversation().orElseThrow().opaque(), "ingen av dem är din chef");
        String status = text(p.run("UNEW", "status"));
        assertThat(status).contains(g.name());
        for (var m : g.members()) assertThat(status).contains(p.t.leaders.find(m).orElseThrow().displayName());
    }

    @Test
    void the_group_a_newcomer_gets_shows_their_next_meeting_and_the_groups_standing_slot() {
        Programme p = nine(PlacementMode.AUTO);
        p.regroup();
        LearningGroup booked = p.t.groups.active(TestCore.WORKSPACE).get(0);
        String member = booked.members().get(0).user();
        p.run(member, "schedule tuesday 12:00", booked.conversation().orElseThrow());
        // The two other groups are full, so the newcomer can only go to the booked one.
        for (LearningGroup g : p.t.groups.active(TestCore.WORKSPACE))
            if (!g.id().equals(booked.id())) p.t.groups.save(g.withMembers(add(g.members(), "UFULL" + g.name())));

        p.join("UNEW", "Oskar Sjöberg", "IT");
        p.settle();

        assertThat(p.groupOf("UNEW")).map(LearningGroup::id).contains(booked.id());
        assertThat(String.join("\n", p.dmTexts("UNEW"))).contains("Nästa möte: tisdag 12 januari 12:00");
        assertThat(text(p.run("UNEW", "status"))).contains("Nästa möte: tisdag 12 januari 12:00", "Stående tid: Varannan tisdag kl. 12:00, fika");
    }

    private static List<se.largrupp.core.leaders.LeaderId> add(List<se.largrupp.core.leaders.LeaderId> members, String user) {
        List<se.largrupp.core.leaders.LeaderId> out = new java.util.ArrayList<>(members);
        out.add(id(user));
        return out;
    }

    @Test
    void joins_arriving_together_are_placed_together_in_one_run() {
        Programme p = nine(PlacementMode.AUTO);
        p.regroup();

        p.join("UA", "Alva Ny", "IT");
        p.t.clock.advance(Duration.ofMinutes(2));
        p.join("UB", "Bo Ny", "IT");
        p.t.clock.advance(Duration.ofMinutes(2));
        p.t.wakeups.fireDue(p.t.clock.instant());
        assertThat(p.groupOf("UA")).as("the second join moved the run").isEmpty();
        p.settle();

        LearningGroup a = p.groupOf("UA").orElseThrow(), b = p.groupOf("UB").orElseThrow();
        assertThat(a.id()).as("two from IT: apart, one in each group with room").isNotEqualTo(b.id());
        assertThat(p.t.wakeups.fired()).filteredOn(f -> f.topic().equals(PlaceNewcomers.TOPIC)).hasSize(1);
    }

    @Test
    void with_no_room_the_newcomer_hears_their_place_in_the_queue_and_the_next_regrouping_date() {
        MeetingSettings cycle = MeetingSettings.defaults().withRegrouping(TestCore.WORKSPACE,
                new MeetingSettings.RegroupCycle(LocalDate.of(2027, 3, 1), Period.ofMonths(6)));
        Programme p = nine(new Programme(PlacementMode.AUTO, cycle));
        p.leader("UX1", "Xena Ek", "IT", null);
        p.leader("UX2", "Xavier Ek", "Juridik", null);
        p.leader("UX3", "Xia Ek", "Inköp", null);
        assertThat(p.regroup()).hasSize(3).allSatisfy(g -> assertThat(g.members()).hasSize(4));

        p.join("UNEW", "Oskar Sjöberg", "Sälj <@UM2>");
        p.settle();

        assertThat(p.groupOf("UNEW")).isEmpty();
        assertThat(p.dmTexts("UNEW")).singleElement().asString().contains("Du står på väntelistan", "plats 1 av 1",
                "så snart en grupp har rum", "nästa omgruppering, måndag 1 mars");
        assertThat(text(p.run("UNEW", "status"))).contains("Väntelista: plats 1 av 1.");
        p.settle();
        assertThat(p.dms("UNEW")).as("told once").hasSize(1);
    }

    @Test
    void a_group_down_to_two_gets_the_next_newcomer_first() {
        Programme p = nine(PlacementMode.AUTO);
        List<LearningGroup> groups = p.regroup();
        // any group with a member who manages nobody: their leaving shrinks the group without touching the manager rule
        LearningGroup shrinking = groups.stream().filter(g -> g.members().stream().anyMatch(m -> !m.user().startsWith("UM")))
                .reduce((first, second) -> second).orElseThrow();
        String leaver = shrinking.members().stream().filter(m -> !m.user().startsWith("UM")).findFirst().orElseThrow().user();
        p.run(leaver, "leave");
        p.settle(); // nobody waits: the small group is told that the next newcomer comes to them

        p.join("UNEW", "Oskar Sjöberg", "IT");
        p.settle();

        assertThat(p.groupOf("UNEW")).map(LearningGroup::id).contains(shrinking.id());
        assertThat(p.inGroup(shrinking)).anyMatch(t -> t.contains("Nästa nya ledare som går med kommer till er först"));
    }

    @Test
    void a_paused_member_counts_as_not_taking_part_so_the_group_is_refilled() {
        Programme p = nine(PlacementMode.AUTO);
        List<LearningGroup> groups = p.regroup();
        LearningGroup g = groups.get(0);
        p.run(g.members().get(0).user(), "pause");
        p.join("UNEW", "Oskar Sjöberg", "IT");
        p.settle();

        assertThat(p.groupOf("UNEW")).map(LearningGroup::id).contains(g.id());
        assertThat(p.groupOf("UNEW").orElseThrow().members()).hasSize(4);
    }

    @Test
    void nothing_is_placed_before_the_first_regrouping() {
        Programme p = nine(PlacementMode.AUTO);
        p.join("UNEW", "Oskar Sjöberg", "IT");
        p.settle();

        assertThat(p.t.groups.active(TestCore.WORKSPACE)).isEmpty();
        assertThat(p.dms("UNEW")).isEmpty();
    }

    @Test
    void with_placement_off_newcomers_wait_for_the_regrouping_and_nothing_is_scheduled() {
        Programme p = nine(PlacementMode.OFF);
        p.regroup();
        p.join("UNEW", "Oskar Sjöberg", "IT");

        assertThat(p.t.wakeups.scheduled(PlaceNewcomers.TOPIC)).isEmpty();
        p.settle();
        assertThat(p.groupOf("UNEW")).isEmpty();
        assertThat(p.dms("UNEW")).isEmpty();
    }

    @Test
    void in_approve_mode_the_admins_decide_and_a_skipped_placement_is_not_proposed_again() {
        Programme p = nine(PlacementMode.APPROVE);
        p.t.leaders.save(Leader.joining(Programme.ADMIN, "Ada Admin", p.t.clock.instant())
                .withStatus(new se.largrupp.core.leaders.LeaderStatus.Left())); // an admin who is known, not a leader
        p.t.admins.add(id("UADM2"), Programme.ADMIN);
        p.regroup();
        p.join("UNEW", "Oskar Sjöberg", "IT");
        p.settle();

        assertThat(p.groupOf("UNEW")).isEmpty();
        OutgoingMessage proposal = p.dms("UADM2").get(0);
        assertThat(proposal.message().plainText()).contains("Oskar Sjöberg (IT) blir ny i lärgrupp");
        assertThat(Programme.labels(proposal)).containsExactly("Godkänn", "Hoppa över");
        String skip = Programme.buttons(proposal).get(1);
        assertThat(text(p.run("UADM2", skip))).contains("Överhoppat");
        p.settle();
        OutgoingMessage second = p.dms("UADM2").get(p.dms("UADM2").size() - 1);
        assertThat(second).isNotEqualTo(proposal);
        assertThat(second.message().plainText()).as("another group is proposed").doesNotContain(
                proposal.message().plainText().substring(proposal.message().plainText().indexOf("lärgrupp"), proposal.message().plainText().indexOf("(", proposal.message().plainText().indexOf("lärgrupp"))));

        assertThat(text(p.run("UADM2", Programme.buttons(second).get(0)))).contains("Godkänt");
        assertThat(p.groupOf("UNEW")).isPresent();
        assertThat(text(p.run("UADM2", Programme.buttons(second).get(0)))).contains("redan avgjort");
        assertThat(text(p.run("UNEW", Programme.buttons(second).get(0)))).as("admins only").doesNotContain("Godkänt");
    }
}
