package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.continuity.Programme.id;
import static se.largrupp.core.continuity.Programme.text;

import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.testing.TestCore;

/** The demo organisation's case: Karin, who heads everyone in the pool, joins with the others and the admin regroups. */
class NobodyBlocksARegroupingTest {
    final Programme p = new Programme(PlacementMode.AUTO);

    NobodyBlocksARegroupingTest() {
        p.leader("karin", "Karin Lindqvist", "Ledning", null);
        String[][] org = {{"anders", "Anders Holm", "Sälj", "karin"}, {"maria", "Maria Nilsson", "Produkt", "karin"},
                {"johan", "Johan Ek", "Ekonomi", "karin"}, {"sara", "Sara Lund", "Kundtjänst", "karin"},
                {"lina", "Lina Ahmadi", "Sälj", "anders"}, {"emma", "Emma Åberg", "Produkt", "maria"},
                {"nora", "Nora Virtanen", "Ekonomi", "johan"}, {"erik", "Erik Öberg", "Ekonomi", "johan"},
                {"viktor", "Viktor Larsson", "Kundtjänst", "sara"}};
        for (String[] l : org) p.leader(l[0], l[1], l[2], l[3]);
    }

    @Test
    void the_preview_places_everyone_else_and_names_the_left_out_leader_with_the_reason_and_what_the_admin_can_do() {
        String preview = text(p.run("UADMIN", "regroup"));

        assertThat(preview).contains("Förslag: 3 nya grupper för 9 ledare",
                "En ledare kan inte placeras den här gången; alla andra får en grupp:",
                "Karin Lindqvist (Ledning): nästan alla i poolen är hens chefer eller medarbetare (inom 2 nivåer)",
                "Det du kan göra: vänta på fler ledare utanför hens linje", "LARGRUPP_MANAGER_DEPTH=1");
        String english = text(p.t.commands().execute(p.t.invocation(Programme.ADMIN, Language.EN), "regroup"));
        assertThat(english).contains("One leader cannot be placed this time", "Karin Lindqvist (Ledning): nearly everyone",
                "What you can do");
    }

    @Test
    void after_the_apply_the_left_out_leader_is_told_they_wait_and_everyone_else_has_a_group() {
        assertThat(p.regroup()).hasSize(3).allSatisfy(g -> assertThat(g.members()).hasSize(3).doesNotContain(id("karin")));
        p.settle();

        assertThat(p.groupOf("karin")).isEmpty();
        assertThat(p.dmTexts("karin")).singleElement().asString().contains("Du står på väntelistan", "plats 1 av 1");
        assertThat(text(p.run("UADMIN", "stats"))).contains("Väntelista: 1 ledare väntar på en grupp");
    }

    @Test
    void a_newcomer_after_the_regrouping_is_placed_where_their_manager_is_not() {
        p.regroup();
        p.join("oskar", "Oskar Sjöberg", "Sälj <@anders>");
        p.settle();

        var g = p.groupOf("oskar").orElseThrow();
        assertThat(g.members()).doesNotContain(id("anders"), id("karin"));
        assertThat(p.inGroup(g)).contains("Oskar Sjöberg (Sälj) är ny i gruppen – välkommen!");
        assertThat(p.t.groups.active(TestCore.WORKSPACE)).hasSize(3);
    }
}
