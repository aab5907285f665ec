package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.testing.TestCore;

class CommandServiceTest {
    private final TestCore core = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    private static String text(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).message().plainText();
    }

    @Test
    void help_answers_in_swedish_by_default_and_in_english_when_the_platform_speaks_english() {
        assertThat(text(core.commands().execute(core.invocation(anna), "hjälp"))).contains("Det här kan jag");
        assertThat(text(core.commands().execute(core.invocation(anna, Language.EN), "help"))).contains("What I can do");
    }

    @Test
    void the_leaders_own_language_wins_over_the_platforms() {
        core.leaders.save(core.joined("U0ANNA").withLanguage(Optional.of(Language.EN)));
        assertThat(text(core.commands().execute(core.invocation(anna, Language.SV), "hjälp"))).contains("What I can do");
    }

    @Test
    void a_repeated_delivery_is_answered_once() {
        Invocation once = core.invocation(anna);
        assertThat(core.commands().execute(once, "help")).isInstanceOf(Reply.Show.class);
        assertThat(core.commands().execute(once, "help")).isInstanceOf(Reply.Nothing.class);
    }

    @Test
    void an_unknown_command_is_refused_with_a_pointer_to_help_in_both_languages() {
        assertThat(text(core.commands().execute(core.invocation(anna, Language.EN), "dance"))).contains("dance").contains("help");
        assertThat(text(core.commands().execute(core.invocation(anna, Language.SV), "dansa"))).contains("dansa").contains("hjälp");
    }

    @Test
    void a_command_without_a_handler_in_this_installation_is_refused_politely() {
        core.joined("U0ANNA");
        core.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        assertThat(text(core.commands().execute(core.invocation(anna, Language.EN), "next"))).contains("not available");
    }

    @Test
    void a_feature_registers_its_handler_with_one_line() {
        core.build(b -> b.handler(Command.Next.class, (c, cmd) -> Reply.toCaller(Message.text("next turn"))));
        core.joined("U0ANNA");
        core.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        assertThat(text(core.commands().execute(core.invocation(anna), "nästa"))).isEqualTo("next turn");
    }

    @Test
    void a_fault_in_a_handler_becomes_a_localised_apology_not_an_exception() {
        core.build(b -> b.handler(Command.Rules.class, (c, cmd) -> { throw new IllegalStateException("boom"); }));
        assertThat(text(core.commands().execute(core.invocation(anna, Language.EN), "rules"))).contains("went wrong");
    }
}
