package se.largrupp.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.message;
import static se.largrupp.core.testing.Replies.text;
import static se.largrupp.core.testing.Replies.visibility;

import java.util.Random;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.testing.TestCore;

class RulesAndQuestionsTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @Test
    void rules_in_the_group_channel_show_everyone_the_rules_agenda_and_time_per_person() {
        t.joined("U0ANNA");
        LearningGroup g = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        t.commands().execute(t.invocation(anna), "schema tisdag 12:00 45 min");
        Reply reply = t.commands().execute(t.invocation(anna, g.conversation().orElseThrow()), "spelregler");
        assertThat(visibility(reply)).isEqualTo(Reply.Visibility.CONVERSATION);
        assertThat(text(reply)).contains("stannar i gruppen").contains("öppna, utforskande frågor först")
                .contains("45 minuter, och ni är 3: 15 minuter var");
    }

    @Test
    void rules_in_english_for_someone_without_a_group() {
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "rules")))
                .contains("stays in the group").contains("Time is everyone's responsibility");
    }

    @Test
    void questions_are_three_different_ones_from_the_bank() {
        t.build(b -> b.random(new Random(7)));
        Message m = message(t.commands().execute(t.invocation(anna, Language.EN), "questions"));
        assertThat(m.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Message.Block.Bullets.class,
                bullets -> assertThat(bullets.items()).hasSize(3).doesNotHaveDuplicates()
                        .allSatisfy(q -> assertThat(t.texts.list(Language.EN, "prompts.question")).contains(q))));
    }
}
