package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

/** An adapter that acks first gives a reply route; the core then writes the reply to the outbox with the command. */
class ReplyRouteTest {
    private final TestCore core = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");
    private final ConversationRef route = new ConversationRef("slack:T1:reply-under-1");

    private Invocation routed(String delivery) {
        return new Invocation(anna, "Anna", Optional.of(Language.EN), ConversationRef.of(anna.workspace().platform(), "T1:D1"),
                Optional.of(delivery)).withReplyTo(route);
    }

    @Test
    void an_answer_for_the_caller_is_written_to_the_route_privately_under_the_delivery_id() {
        Reply reply = core.commands().execute(routed("d1"), "help");

        assertThat(reply).isInstanceOf(Reply.Show.class);
        OutgoingMessage written = core.outbox.messages().get(0);
        assertThat(core.outbox.messages()).hasSize(1);
        assertThat(written.idempotencyKey()).isEqualTo("reply:d1");
        assertThat(written.conversation()).isEqualTo(route);
        assertThat(written.onlyFor()).contains(anna);
        assertThat(written.updateKey()).isEmpty();
        assertThat(written.message()).isEqualTo(((Reply.Show) reply).message());
    }

    @Test
    void an_answer_for_the_conversation_is_for_everyone_there() {
        core.build(b -> b.handler(Command.Rules.class, (c, cmd) -> Reply.toConversation(Message.text("rules for all"))));

        core.commands().execute(routed("d2"), "rules");

        assertThat(core.outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.onlyFor()).isEmpty();
            assertThat(m.message().plainText()).isEqualTo("rules for all");
        });
    }

    @Test
    void a_redelivered_request_writes_nothing_more() {
        core.commands().execute(routed("d3"), "help");
        core.commands().execute(routed("d3"), "help");

        assertThat(core.outbox.messages()).hasSize(1);
    }

    @Test
    void the_join_form_travels_as_the_platforms_form_in_the_callers_language() {
        core.commands().execute(routed("d4"), "join");

        assertThat(core.outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.message().blocks()).containsExactly(Message.Block.Form.join(Language.EN));
            assertThat(m.onlyFor()).contains(anna);
        });
    }

    @Test
    void a_fault_is_answered_through_the_route_under_a_key_of_its_own() {
        core.build(b -> b.handler(Command.Rules.class, (c, cmd) -> { throw new IllegalStateException("boom"); }));

        core.commands().execute(routed("d5"), "rules");

        assertThat(core.outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.idempotencyKey()).isEqualTo("reply:d5:fault");
            assertThat(m.message().plainText()).contains("went wrong");
            assertThat(m.onlyFor()).contains(anna);
        });
    }

    @Test
    void without_a_route_the_adapter_shows_the_reply_and_nothing_is_written() {
        core.commands().execute(core.invocation(anna), "help");

        assertThat(core.outbox.messages()).isEmpty();
    }
}
