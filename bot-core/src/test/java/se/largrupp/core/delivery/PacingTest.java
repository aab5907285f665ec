package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

class PacingTest {
    /** A platform whose references name their workspace after the second colon, as only it knows. */
    private final OutgoingMessages platform = new OutgoingMessages() {
        @Override
        public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
            throw new AssertionError("pacing never delivers");
        }

        @Override
        public String pacingKey(ConversationRef conversation) {
            return "ws-" + conversation.opaque().split(":")[1];
        }
    };

    @Test
    void each_workspace_the_adapter_names_gets_a_pace_of_its_own() throws InterruptedException {
        Pacing pacing = new Pacing(platform, 0);

        pacing.await(new ConversationRef("x:c1:A"));
        pacing.await(new ConversationRef("x:c2:A"));
        pacing.await(new ConversationRef("x:c3:B"));

        assertThat(pacing.keys()).containsExactlyInAnyOrder("ws-A", "ws-B");
    }

    @Test
    void without_an_adapter_opinion_the_whole_platform_shares_one_pace() throws InterruptedException {
        OutgoingMessages plain = (message, replacing) -> new Delivery.Delivered("p1");
        Pacing pacing = new Pacing(plain, 0);

        pacing.await(new ConversationRef("teams:19:abc:https://smba.example/"));
        pacing.await(new ConversationRef("teams:19:def:https://smba.example/"));

        assertThat(pacing.keys()).containsExactly("teams");
    }
}
