package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.largrupp.core.testing.Replies.message;
import static se.largrupp.core.testing.Replies.text;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.port.Message;
import se.largrupp.core.testing.TestCore;

class ForgetAndAdminsTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");
    private final LeaderId boss = TestCore.leaderId("U0ADMIN");

    @Test
    void forget_me_first_asks_with_a_confirm_button_and_changes_nothing() {
        t.joined("U0ANNA");
        Message asked = message(t.commands().execute(t.invocation(anna), "glöm mig"));
        assertThat(asked.plainText()).contains("Är du säker");
        assertThat(asked.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Message.Block.Actions.class,
                a -> assertThat(a.buttons()).singleElement().satisfies(btn -> assertThat(btn.command()).isEqualTo("forget me confirm"))));
        assertThat(t.leaders.find(anna)).isPresent();
    }

    @Test
    void confirmed_forget_me_deletes_the_leader_their_group_place_and_their_answers() {
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        LearningGroup g = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        Instant past = t.clock.instant().minus(Duration.ofDays(3));
        t.meetings.save(Meeting.planned(g.id(), past).withRsvp(anna, Rsvp.COMING).withRsvp(TestCore.leaderId("U0BO"), Rsvp.COMING));
        assertThat(text(t.commands().execute(t.invocation(anna), "glöm mig bekräfta"))).contains("raderat");
        assertThat(t.leaders.find(anna)).isEmpty();
        assertThat(t.groups.find(g.id()).orElseThrow().members()).doesNotContain(anna);
        assertThat(t.meetings.find(g.id(), past).orElseThrow().rsvps()).containsOnlyKeys(TestCore.leaderId("U0BO"));
        assertThat(t.outbox.texts()).singleElement().asString().contains("En medlem har lämnat").doesNotContain("U0ANNA");
    }

    @Test
    void only_admins_add_admins_and_a_configured_admin_adds_another() {
        t.build(b -> b.configuredAdmins("U0ADMIN"));
        assertThat(text(t.commands().execute(t.invocation(anna), "admin add <@U0BO>"))).contains("Bara programmets administratörer");
        assertThat(t.admins.isAdmin(TestCore.leaderId("U0BO"))).isFalse();
        assertThat(text(t.commands().execute(t.invocation(boss), "admin lägg till <@U0BO>"))).contains("är nu administratör");
        assertThat(t.core().admins().isAdmin(TestCore.leaderId("U0BO"))).isTrue();
        assertThat(text(t.commands().execute(t.invocation(TestCore.leaderId("U0BO")), "stats"))).contains("Deltagande");
        assertThat(text(t.commands().execute(t.invocation(boss), "admin ta bort U0BO"))).contains("inte längre");
        assertThat(t.core().admins().isAdmin(TestCore.leaderId("U0BO"))).isFalse();
    }

    @Test
    void a_configured_admin_cannot_be_removed_in_chat() {
        t.build(b -> b.configuredAdmins("slack:T1:U0ADMIN, U0OTHER"));
        assertThat(text(t.commands().execute(t.invocation(TestCore.leaderId("U0OTHER")), "admin remove <@U0ADMIN>"))).contains("LARGRUPP_ADMINS");
        assertThat(t.core().admins().isAdmin(boss)).isTrue();
    }

    @Test
    void configured_admins_are_bare_ids_for_any_workspace_or_exact_platform_workspace_user() {
        ConfiguredAdmins admins = ConfiguredAdmins.parse(" U1 , slack:T9:U2,teams:tenant:29:abc ,");
        assertThat(admins.includes(LeaderId.of(Platform.SLACK, "T1", "U1"))).isTrue();
        assertThat(admins.includes(LeaderId.of(Platform.TEAMS, "X", "U1"))).isTrue();
        assertThat(admins.includes(LeaderId.of(Platform.SLACK, "T9", "U2"))).isTrue();
        assertThat(admins.includes(LeaderId.of(Platform.SLACK, "T1", "U2"))).isFalse();
        assertThat(admins.includes(LeaderId.of(Platform.TEAMS, "tenant", "29:abc"))).isTrue();
        assertThat(admins.size()).isEqualTo(3);
        assertThatThrownBy(() -> ConfiguredAdmins.parse("U1; DROP TABLE")).hasMessageContaining("LARGRUPP_ADMINS");
        assertThat(ConfiguredAdmins.parse(null).size()).isZero();
    }
}
