package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.testing.TestCore;

class JoinAndLeaveTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @Test
    void a_bare_join_from_a_newcomer_opens_the_join_form_in_their_language() {
        assertThat(t.commands().execute(t.invocation(anna, Language.EN), "join")).isEqualTo(new Reply.OpenJoinForm(Language.EN));
        assertThat(t.leaders.all()).isEmpty();
    }

    @Test
    void join_with_department_and_a_manager_mention_stores_the_manager_in_the_same_workspace() {
        String reply = text(t.commands().execute(t.invocation(anna), "gå med Ekonomi <@U0BOSS|boss>"));
        Leader stored = t.leaders.find(anna).orElseThrow();
        assertThat(stored.department()).contains("Ekonomi");
        assertThat(stored.manager()).contains(TestCore.leaderId("U0BOSS"));
        assertThat(stored.status()).isEqualTo(LeaderStatus.active());
        assertThat(reply).contains("Välkommen");
    }

    @Test
    void a_leader_cannot_name_themself_as_manager_and_nothing_is_stored() {
        String reply = text(t.commands().execute(t.invocation(anna, Language.EN), "join HR <@U0ANNA>"));
        assertThat(reply).contains("cannot be your own manager").contains("Usage: join");
        assertThat(t.leaders.all()).isEmpty();
    }

    @Test
    void a_leader_who_left_can_join_again_and_is_active() {
        t.commands().execute(t.invocation(anna), "join HR");
        t.commands().execute(t.invocation(anna), "leave");
        assertThat(t.leaders.find(anna).orElseThrow().status()).isInstanceOf(LeaderStatus.Left.class);
        assertThat(t.commands().execute(t.invocation(anna), "join")).isInstanceOf(Reply.OpenJoinForm.class);
        t.commands().execute(t.invocation(anna), "join Sälj");
        Leader back = t.leaders.find(anna).orElseThrow();
        assertThat(back.status()).isEqualTo(LeaderStatus.active());
        assertThat(back.department()).contains("Sälj");
    }

    @Test
    void leaving_takes_the_leader_out_of_the_group_and_tells_the_others_kindly() {
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        LearningGroup g = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        text(t.commands().execute(t.invocation(anna), "lämna"));
        assertThat(t.groups.find(g.id()).orElseThrow().members()).containsExactly(TestCore.leaderId("U0BO"), TestCore.leaderId("U0CY"));
        assertThat(t.outbox.to(g.conversation().orElseThrow())).singleElement()
                .satisfies(m -> assertThat(m.message().plainText()).contains("U0ANNA har lämnat").contains("Tack för samtalen"));
        assertThat(t.leaders.inWorkspace(TestCore.WORKSPACE)).extracting(Leader::id).doesNotContain(anna);
    }

    @Test
    void leave_from_someone_who_never_joined_is_refused_in_their_language() {
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "leave"))).contains("haven't joined");
        assertThat(text(t.commands().execute(t.invocation(anna, Language.SV), "lämna"))).contains("inte med i programmet");
    }

    @Test
    void pause_until_a_date_then_resume() {
        t.joined("U0ANNA");
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "pause until 2027-03-01"))).contains("1 March 2027");
        assertThat(t.leaders.find(anna).orElseThrow().status())
                .isEqualTo(new LeaderStatus.Paused(Optional.of(java.time.LocalDate.of(2027, 3, 1))));
        assertThat(text(t.commands().execute(t.invocation(anna, Language.SV), "återuppta"))).contains("Välkommen tillbaka");
        assertThat(t.leaders.find(anna).orElseThrow().status()).isEqualTo(LeaderStatus.active());
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "resume"))).contains("not on a break");
    }

    @Test
    void the_chosen_language_answers_at_once_and_wins_over_the_platform() {
        t.joined("U0ANNA");
        assertThat(text(t.commands().execute(t.invocation(anna, Language.SV), "language en"))).contains("English");
        assertThat(text(t.commands().execute(t.invocation(anna, Language.SV), "status"))).contains("Status for");
    }
}
