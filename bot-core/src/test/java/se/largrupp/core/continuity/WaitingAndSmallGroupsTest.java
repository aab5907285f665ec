package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.continuity.Programme.id;
import static se.largrupp.core.continuity.Programme.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

/** Waiting leaders offered a group of their own, and groups down to two offered a merge. */
class WaitingAndSmallGroupsTest {
    @Test
    void three_waiting_who_fit_together_are_offered_a_group_of_their_own_which_their_yes_forms() {
        Programme p = PlacementTest.nine(PlacementMode.AUTO);
        p.leader("UX1", "Xena Ek", "IT", null);
        p.leader("UX2", "Xavier Ek", "Juridik", null);
        p.leader("UX3", "Xia Ek", "Inköp", null);
        p.regroup(); // three full groups of four
        p.join("UA", "Alva Ny", "Marknad");
        p.join("UB", "Bo Ny", "Marknad");
        p.join("UC", "Cia Ny", "IT");
        p.settle();

        for (String u : List.of("UA", "UB", "UC")) {
            OutgoingMessage offer = p.dms(u).get(0);
            assertThat(offer.message().plainText()).contains("Vill ni bilda en egen lärgrupp?", "Ni väntar på en plats och passar bra ihop");
            assertThat(Programme.labels(offer)).containsExactly("Tacka ja", "Tacka nej");
        }
        assertThat(p.dmTexts("UA")).noneMatch(t -> t.contains("väntelistan")).as("offered instead of told to wait");
        p.run("UA", Programme.buttons(p.dms("UA").get(0)).get(0));
        p.run("UB", Programme.buttons(p.dms("UB").get(0)).get(0));
        assertThat(p.groupOf("UA")).isEmpty();
        assertThat(text(p.run("UC", Programme.buttons(p.dms("UC").get(0)).get(0)))).contains("Nu är ni tre");

        LearningGroup own = p.groupOf("UA").orElseThrow();
        assertThat(own.members()).containsExactlyInAnyOrder(id("UA"), id("UB"), id("UC"));
        assertThat(own.name()).isEqualTo("2027v1-04");
        p.t.wakeups.fireDue(p.t.clock.instant());
        assertThat(p.inGroup(p.groupOf("UA").orElseThrow())).singleElement().asString().contains("Välkomna till lärgrupp 2027v1-04");
        assertThat(String.join("\n", p.dmTexts("UA"))).as("an offer is not a group they started").doesNotContain("hålls ihop");
    }

    @Test
    void declining_an_offer_keeps_one_on_the_waiting_list() {
        Programme p = PlacementTest.nine(PlacementMode.AUTO);
        p.leader("UX1", "Xena Ek", "IT", null);
        p.leader("UX2", "Xavier Ek", "Juridik", null);
        p.leader("UX3", "Xia Ek", "Inköp", null);
        p.regroup();
        for (String u : List.of("UA", "UB", "UC")) p.join(u, "Ny " + u, "Marknad");
        p.settle();

        assertThat(text(p.run("UA", "ny grupp nej"))).contains("Du står kvar på väntelistan");
        assertThat(text(p.run("UB", "ny grupp ja"))).contains("gäller inte längre");
        p.settle();

        assertThat(p.dmTexts("UB")).as("the same three are not offered again").filteredOn(t -> t.contains("egen lärgrupp")).hasSize(1);
        assertThat(p.dmTexts("UB")).anyMatch(t -> t.contains("Du står på väntelistan") && t.contains("plats 2 av 3"));
    }

    /** Six leaders in two groups of three; one leaves each: two groups down to two, nobody waiting. */
    private static Programme twoSmallGroups() {
        Programme p = new Programme(PlacementMode.AUTO);
        String[][] org = {{"U1", "Ann Ek", "Ekonomi"}, {"U2", "Bo Al", "Sälj"}, {"U3", "Cy Berg", "HR"},
                {"U4", "Di Holm", "IT"}, {"U5", "Ed Lund", "Juridik"}, {"U6", "Fia Ros", "Inköp"}};
        for (String[] l : org) p.leader(l[0], l[1], l[2], null);
        List<LearningGroup> groups = p.regroup();
        assertThat(groups).hasSize(2);
        p.run(groups.get(0).members().get(2).user(), "leave");
        p.run(groups.get(1).members().get(2).user(), "leave");
        p.settle();
        return p;
    }

    private static OutgoingMessage offer(Programme p, LearningGroup g) {
        return p.t.outbox.to(g.conversation().orElseThrow()).stream().filter(m -> m.idempotencyKey().startsWith("merge:"))
                .findFirst().orElseThrow();
    }

    @Test
    void two_groups_down_to_two_are_offered_a_merge_and_when_both_accept_they_become_one() {
        Programme p = twoSmallGroups();
        List<LearningGroup> small = p.t.groups.active(TestCore.WORKSPACE);
        LearningGroup a = small.get(0), b = small.get(1);
        OutgoingMessage toA = offer(p, a), toB = offer(p, b);
        assertThat(toA.message().plainText()).contains("Ni är två nu", "lärgrupp " + b.name());
        assertThat(Programme.labels(toA)).containsExactly("Slå ihop", "Fortsätt som två");
        assertThat(Programme.buttons(toA)).isEqualTo(Programme.buttons(toB));

        String memberOfA = a.members().get(0).user(), memberOfB = b.members().get(0).user();
        assertThat(text(p.run(memberOfA, Programme.buttons(toA).get(0), a.conversation().orElseThrow())))
                .contains("Nu väntar vi på svar från lärgrupp " + b.name());
        assertThat(p.inGroup(b)).anyMatch(t -> t.contains("vill gärna slå ihop sig med er"));
        assertThat(text(p.run(memberOfB, "slå ihop ja", b.conversation().orElseThrow()))).contains("ni är nu en grupp");

        List<LearningGroup> after = p.t.groups.active(TestCore.WORKSPACE);
        assertThat(after).singleElement().satisfies(g -> assertThat(g.members()).hasSize(4)
                .containsAll(a.members()).containsAll(b.members()));
        LearningGroup merged = after.get(0);
        LearningGroup gone = merged.id().equals(a.id()) ? b : a;
        assertThat(p.t.groups.find(gone.id()).orElseThrow().isActive()).isFalse();
        p.t.wakeups.fireDue(p.t.clock.instant());
        assertThat(p.t.conversations.admitted.get(merged.conversation().orElseThrow())).containsAll(gone.members());
        assertThat(p.dmTexts(gone.members().get(0).user())).anyMatch(t -> t.contains("Du är nu med i lärgrupp " + merged.name()));
        assertThat(text(p.run("UADMIN", "stats"))).contains("Små grupper: inga");
    }

    @Test
    void a_group_that_would_rather_go_on_as_two_is_left_as_it_is_and_admins_see_it_in_stats() {
        Programme p = twoSmallGroups();
        List<LearningGroup> small = p.t.groups.active(TestCore.WORKSPACE);
        LearningGroup a = small.get(0), b = small.get(1);
        assertThat(text(p.run("UADMIN", "stats"))).contains("Små grupper: " + a.name() + ", " + b.name());

        assertThat(text(p.run(a.members().get(0).user(), "merge no", a.conversation().orElseThrow()))).contains("ni fortsätter som två");

        assertThat(p.inGroup(b)).anyMatch(t -> t.startsWith("Lärgrupp " + a.name() + " fortsätter som två"));
        assertThat(p.t.groups.active(TestCore.WORKSPACE)).hasSize(2);
        p.settle();
        assertThat(p.t.outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("merge:") && !m.idempotencyKey().contains(":declined:"))
                .as("not asked again before the regrouping").hasSize(2);
        assertThat(text(p.run(b.members().get(0).user(), "slå ihop ja", b.conversation().orElseThrow()))).contains("redan avgjort");
    }
}
