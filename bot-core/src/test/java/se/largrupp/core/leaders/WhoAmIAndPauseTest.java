package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.Message;
import se.largrupp.core.testing.TestCore;

/** {@code whoami} shows a user their own ids; {@code pause} typed where a round runs asks before it pauses anyone. */
class WhoAmIAndPauseTest {
    private final TestCore t = TestCore.create().build(b -> b.configuredAdmins("U0ADMIN"));
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @Test
    void whoami_shows_the_platform_the_workspace_the_user_id_and_the_line_for_the_configuration() {
        String sv = text(t.commands().execute(t.invocation(anna, Language.SV), "vem är jag"));
        String en = text(t.commands().execute(t.invocation(anna, Language.EN), "whoami"));
        String admin = text(t.commands().execute(t.invocation(TestCore.leaderId("U0ADMIN"), Language.SV), "vem är jag"));

        assertThat(sv).contains("Slack", "T1", "U0ANNA", "slack:T1:U0ANNA", "Du är inte administratör");
        assertThat(en).contains("Workspace (team id): T1", "User id (member id): U0ANNA", "For LARGRUPP_ADMINS: slack:T1:U0ANNA",
                "You are not an admin");
        assertThat(admin).contains("Du är administratör");
    }

    @Test
    void pause_typed_in_a_groups_conversation_asks_first_and_the_button_pauses() {
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        LearningGroup g = t.groupOf("2027v1-01", "U0ANNA", "U0BO", "U0CY");

        Reply asked = t.commands().execute(t.invocation(anna, g.conversation().orElseThrow()), "pausa");

        assertThat(t.leaders.find(anna).orElseThrow().status()).isInstanceOf(LeaderStatus.Active.class);
        assertThat(text(asked)).contains("`vänta`", "`återuppta`");
        List<Message.Button> buttons = ((Reply.Show) asked).message().blocks().stream()
                .filter(b -> b instanceof Message.Block.Actions).flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).toList();
        assertThat(buttons).extracting(Message.Button::command).containsExactly("pause confirm");

        t.commands().execute(t.invocation(anna, g.conversation().orElseThrow()), buttons.get(0).command());

        assertThat(t.leaders.find(anna).orElseThrow().status()).isInstanceOf(LeaderStatus.Paused.class);
    }

    @Test
    void pause_in_ones_own_chat_pauses_at_once() {
        t.joined("U0ANNA");

        String reply = text(t.commands().execute(t.invocation(anna), "paus"));

        assertThat(reply).contains("Du har paus");
        assertThat(t.leaders.find(anna).orElseThrow().status()).isInstanceOf(LeaderStatus.Paused.class);
    }
}
