package se.largrupp.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.largrupp.core.testing.Replies.text;

import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.ConfiguredAdmins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.TestCore;

class SponsorsTest {
    private final TestCore t = TestCore.create();
    private final LeaderId boss = TestCore.leaderId("U0ADMIN");
    private final LeaderId karin = TestCore.leaderId("U0KARIN");
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @Test
    void an_admin_adds_a_sponsor_who_then_sees_the_figures_but_nothing_else_admins_do() {
        t.build(b -> b.configuredAdmins("U0ADMIN"));
        assertThat(text(t.commands().execute(t.invocation(karin), "statistik"))).contains("administratörer och sponsorer");

        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor lägg till <@U0KARIN>"))).contains("är nu sponsor");

        assertThat(t.core().sponsors().isSponsor(karin)).isTrue();
        assertThat(t.core().admins().isAdmin(karin)).isFalse();
        assertThat(text(t.commands().execute(t.invocation(karin), "statistik"))).contains("Deltagande");
        assertThat(text(t.commands().execute(t.invocation(karin), "omgruppera"))).contains("Bara programmets administratörer");
        assertThat(text(t.commands().execute(t.invocation(karin), "sponsor add <@U0ANNA>"))).contains("Bara programmets administratörer");
        assertThat(t.core().sponsors().isSponsor(anna)).isFalse();
        assertThat(text(t.commands().execute(t.invocation(karin), "hjälp"))).contains("För sponsorer", "uppmuntra")
                .doesNotContain("omgruppera");
    }

    @Test
    void an_admin_removes_a_sponsor_in_english_and_adding_twice_says_so() {
        t.build(b -> b.configuredAdmins("U0ADMIN"));
        t.commands().execute(t.invocation(boss), "sponsor add <@U0KARIN>");
        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor add U0KARIN"))).contains("redan sponsor");
        assertThat(t.sponsors.added(TestCore.WORKSPACE)).containsExactly(karin);

        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor remove <@U0KARIN>"))).contains("inte längre sponsor");
        assertThat(t.core().sponsors().isSponsor(karin)).isFalse();
        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor ta bort <@U0KARIN>"))).contains("har inte lagts till");
    }

    @Test
    void a_configured_sponsor_is_a_sponsor_and_cannot_be_removed_in_chat() {
        t.build(b -> b.configuredAdmins("U0ADMIN").configuredSponsors("slack:T1:U0KARIN"));
        assertThat(t.core().sponsors().isSponsor(karin)).isTrue();
        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor remove <@U0KARIN>"))).contains("LARGRUPP_SPONSORS");
        assertThat(t.core().sponsors().isSponsor(karin)).isTrue();
    }

    @Test
    void a_bad_sponsor_entry_names_its_setting_and_a_bad_command_shows_the_usage() {
        assertThatThrownBy(() -> ConfiguredAdmins.parse("LARGRUPP_SPONSORS", "U1; DROP")).hasMessageContaining("LARGRUPP_SPONSORS");
        t.build(b -> b.configuredAdmins("U0ADMIN"));
        assertThat(text(t.commands().execute(t.invocation(boss), "sponsor lägg till"))).contains("sponsor lägg till @person");
        assertThat(t.sponsors.added(TestCore.WORKSPACE)).isEmpty();
    }
}
