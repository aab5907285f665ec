package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.continuity.Programme.id;
import static se.largrupp.core.continuity.Programme.text;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

/** {@code group new} / {@code ny grupp}: leaders start a group of their own with colleagues they invite. */
class OwnGroupTest {
    final Programme p = PlacementTest.nine(PlacementMode.AUTO);

    private OutgoingMessage invitation(String user) {
        return p.dms(user).stream().filter(m -> m.idempotencyKey().startsWith("invite:")).reduce((a, b) -> b).orElseThrow();
    }

    private int stored() {
        return p.options.store().invitations().inWorkspace(TestCore.WORKSPACE).size();
    }

    private void refused(String user, String command, String reason) {
        int before = p.t.outbox.messages().size();
        assertThat(text(p.run(user, command))).as(command).contains(reason);
        assertThat(stored()).as("nothing stored after " + command).isZero();
        assertThat(p.t.outbox.messages()).as("nobody asked after " + command).hasSize(before);
    }

    @Test
    void every_refusal_says_why_and_stores_nothing() {
        p.t.leaders.save(p.t.leaders.find(id("UH2")).orElseThrow().withNotWith(List.of(id("US2"))));

        refused("UE1", "ny grupp <@UE1> <@US1>", "Du kan inte bjuda in dig själv");
        refused("UE1", "ny grupp <@US1> <@UH1> <@UM3> <@US2>", "högst 3 kolleger");
        refused("UE1", "ny grupp <@UM1> <@US1>", "Maja Ek är chef för Erik Al");
        refused("UE1", "ny grupp <@US1> <@UH1> <@UM3>", "Helena Berg är chef för Hugo Falk");
        refused("UE1", "ny grupp <@US2> <@UH2>", "Sven Ros och Hanna Gran kan inte vara i samma grupp");
        assertThat(text(p.run("UE1", "ny grupp <@US2> <@UH2>"))).as("never whose wish it was").doesNotContain("Hanna Gran har", "Sven Ros har");
        refused("UE1", "ny grupp UNOBODY1 <@US1>", "Jag hittar ingen kollega som heter \"UNOBODY1\"");
        refused("UE1", "ny grupp @nobody <@US1>", "Jag hittar ingen kollega");

        p.run("UE1", "ny grupp <@US1> <@UH1>");
        assertThat(stored()).isOne();
        assertThat(text(p.run("UE1", "ny grupp <@US2> <@UH2>"))).contains("Du har redan en öppen inbjudan");
        assertThat(stored()).isOne();
    }

    @Test
    void invitees_get_buttons_the_group_forms_on_the_second_yes_and_opens_exactly_like_a_regrouped_group() {
        assertThat(text(p.run("UE1", "ny grupp <@US1> <@UH1> <@UH2>")))
                .contains("Inbjudan är skickad till Sara Lund (Sälj), Hugo Falk (HR) och Hanna Gran (HR)");
        OutgoingMessage toSara = invitation("US1");
        assertThat(toSara.message().plainText()).contains("Erik Al vill starta en lärgrupp med dig",
                "tillsammans med Hugo Falk (HR) och Hanna Gran (HR)", "`ny grupp ja`");
        assertThat(Programme.labels(toSara)).containsExactly("Tacka ja", "Tacka nej");
        assertThat(Programme.buttons(toSara)).allMatch(b -> b.matches("group (accept|decline) [a-z0-9]{16}"));

        assertThat(text(p.run("US1", Programme.buttons(toSara).get(0)))).contains("Gruppen bildas efter ett ja till");
        assertThat(p.dmTexts("UE1")).contains("Sara Lund har tackat ja till din nya grupp.");
        assertThat(p.groupOf("UE1")).isEmpty();
        assertThat(text(p.run("UH1", "ny grupp ja"))).contains("Nu är ni tre");

        LearningGroup own = p.groupOf("UE1").orElseThrow();
        assertThat(own.members()).containsExactly(id("UE1"), id("US1"), id("UH1"));
        assertThat(own.conversation()).as("opened on a wake-up, off the request").isEmpty();
        p.t.wakeups.fireDue(p.t.clock.instant());
        LearningGroup opened = p.groupOf("UE1").orElseThrow();
        assertThat(p.t.conversations.admitted.get(opened.conversation().orElseThrow())).containsExactlyInAnyOrderElementsOf(own.members());
        assertThat(p.inGroup(opened)).singleElement().asString().contains("Välkomna till lärgrupp " + own.name(), "Sara Lund");
        assertThat(String.join("\n", p.dmTexts("US1"))).contains("hålls ihop vid nästa omgruppering", "`grupp blanda`");

        // The third invitee answers later: they join the formed group, which is told.
        assertThat(text(p.run("UH2", "group accept"))).contains("Du är med i lärgrupp " + own.name());
        assertThat(p.groupOf("UH2").map(LearningGroup::id)).contains(own.id());
        assertThat(p.inGroup(opened)).contains("Hanna Gran (HR) är ny i gruppen – välkommen!");
        assertThat(text(p.run("UH2", "group accept"))).contains("Du har redan svarat");
    }

    @Test
    void a_no_that_leaves_too_few_lets_the_invitation_lapse_and_the_initiator_hears_it() {
        p.run("UE1", "ny grupp <@US1> <@UH1>");
        assertThat(text(p.run("US1", "ny grupp nej"))).contains("Den som bjöd in får veta");

        assertThat(p.dmTexts("UE1")).contains("Sara Lund tackar nej till din nya grupp.")
                .anyMatch(t -> t.startsWith("Den nya gruppen blev inte av"));
        assertThat(text(p.run("UH1", "ny grupp ja"))).contains("gäller inte längre");
        assertThat(p.groupOf("UE1")).isEmpty();
    }

    @Test
    void after_seven_days_the_initiator_hears_who_never_answered() {
        p.run("UE1", "ny grupp <@US1> <@UH1> <@UH2>");
        p.run("US1", "ny grupp ja");
        p.run("UH1", "ny grupp ja");
        p.t.clock.advance(Duration.ofDays(7).plusMinutes(1));
        p.t.wakeups.fireDue(p.t.clock.instant());

        assertThat(p.dmTexts("UE1")).contains("Inbjudan till er nya grupp har gått ut. De här svarade inte: Hanna Gran.");
        assertThat(text(p.run("UH2", "ny grupp ja"))).contains("gäller inte längre");

        p.run("UM1", "ny grupp <@US2> <@UH2>");
        p.run("US2", "ny grupp ja");
        p.t.clock.advance(Duration.ofDays(7).plusMinutes(1));
        p.t.wakeups.fireDue(p.t.clock.instant());
        assertThat(p.dmTexts("UM1")).anyMatch(t -> t.contains("Den nya gruppen blev inte av") && t.contains("Hanna Gran"));
        assertThat(p.groupOf("UM1")).isEmpty();
    }

    @Test
    void someone_not_in_the_programme_is_invited_to_join_first_and_then_gets_the_invitation() {
        assertThat(text(p.run("UE1", "group new <@UOUT> <@US1>"))).contains("UOUT är inte med i programmet än");
        OutgoingMessage first = p.dms("UOUT").get(0);
        assertThat(first.message().plainText()).contains("Gå med i lärgruppsprogrammet först");
        assertThat(Programme.buttons(first)).containsExactly("join");
        assertThat(text(p.run("UOUT", "ny grupp ja"))).contains("Gå med i lärgruppsprogrammet först");

        p.join("UOUT", "Olle Ute", "Juridik");

        OutgoingMessage asked = invitation("UOUT");
        assertThat(asked).isNotEqualTo(first);
        assertThat(Programme.labels(asked)).containsExactly("Tacka ja", "Tacka nej");
        p.run("UOUT", Programme.buttons(asked).get(0));
        p.run("US1", "ny grupp ja");
        assertThat(p.groupOf("UOUT").orElseThrow().members()).containsExactly(id("UE1"), id("UOUT"), id("US1"));
    }

    @Test
    void an_invitee_in_a_group_is_asked_to_switch_and_their_old_group_is_told_kindly() {
        p.regroup();
        LearningGroup saras = p.groupOf("US1").orElseThrow();
        p.run("UE1", "ny grupp <@US1> <@UH1>");
        assertThat(invitation("US1").message().plainText()).contains("Du är med i lärgrupp " + saras.name() + " nu",
                "byter du grupp när den nya bildas");

        p.run("US1", "ny grupp ja");
        p.run("UH1", "ny grupp ja");

        assertThat(p.groupOf("US1").orElseThrow().members()).containsExactly(id("UE1"), id("US1"), id("UH1"));
        assertThat(p.t.groups.find(saras.id()).orElseThrow().members()).doesNotContain(id("US1"));
        assertThat(p.inGroup(saras)).anyMatch(t -> t.startsWith("Sara Lund går vidare till en ny lärgrupp. Tack för samtalen"));
        assertThat(p.groupOf("US1").orElseThrow().name()).as("the next number of the generation").isEqualTo("2027v1-04");
    }

    @Test
    void fewer_than_two_named_asks_the_engine_for_colleagues_among_those_waiting() {
        p.leader("UX1", "Xena Ek", "IT", null);
        p.leader("UX2", "Xavier Ek", "Juridik", null);
        p.leader("UX3", "Xia Ek", "Inköp", null);
        p.regroup(); // 12: three full groups
        p.join("UA", "Alva Ny", "Ekonomi <@UE1>");
        p.join("UB", "Bo Ny", "Marknad");
        p.settle();
        assertThat(p.groupOf("UA")).isEmpty();

        String reply = text(p.run("US1", "ny grupp"));

        assertThat(reply).contains("Jag har bjudit in Alva Ny (Ekonomi) och Bo Ny (Marknad)", "lämnar du lärgrupp");
        assertThat(invitation("UA").message().plainText()).contains("Sara Lund vill starta en lärgrupp med dig");
        assertThat(text(p.run("UM2", "ny grupp"))).as("UA and UB are taken by the open invitation").contains("Ingen av dem som väntar");
    }

    @Test
    void a_group_its_members_started_is_kept_together_at_the_next_regrouping_unless_it_chooses_to_mix() {
        p.regroup();
        p.run("UE1", "ny grupp <@US1> <@UH1>");
        p.run("US1", "ny grupp ja");
        p.run("UH1", "ny grupp ja");
        p.t.wakeups.fireDue(p.t.clock.instant());
        LearningGroup own = p.groupOf("UE1").orElseThrow();

        String preview = text(p.run("UADMIN", "regroup"));
        assertThat(preview).contains("Hålls ihop, eftersom de startade gruppen själva: Erik Al (Ekonomi), Sara Lund (Sälj), Hugo Falk (HR)");
        p.run("UADMIN", "regroup apply");
        LearningGroup next = p.groupOf("UE1").orElseThrow();
        assertThat(next.id()).isNotEqualTo(own.id());
        assertThat(next.members()).contains(id("UE1"), id("US1"), id("UH1"));

        // Through that regrouping only: a group they start again can choose to be mixed in.
        p.t.wakeups.fireDue(p.t.clock.instant().plusSeconds(1));
        p.run("UE1", "ny grupp <@US2> <@UH2>");
        p.run("US2", "ny grupp ja");
        p.run("UH2", "ny grupp ja");
        p.t.wakeups.fireDue(p.t.clock.instant());
        LearningGroup second = p.groupOf("UE1").orElseThrow();
        assertThat(text(p.run("US2", "grupp blanda", second.conversation().orElseThrow()))).contains("blandas med de andra");
        assertThat(text(p.run("UADMIN", "regroup"))).doesNotContain("Hålls ihop");
        assertThat(text(p.run("UM1", "group mix", p.groupOf("UM1").orElseThrow().conversation().orElseThrow())))
                .contains("bara grupper som medlemmarna har startat själva");
    }
}
