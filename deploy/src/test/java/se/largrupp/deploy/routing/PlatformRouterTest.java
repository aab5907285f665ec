package se.largrupp.deploy.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.deploy.sandbox.DemoOrganisation;
import se.largrupp.deploy.sandbox.SandboxConversations;
import se.largrupp.deploy.sandbox.SandboxEvents;

class PlatformRouterTest {
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SandboxConversations sandbox = new SandboxConversations(new SandboxEvents(), Clock.systemUTC());
    final PlatformRouter router = new PlatformRouter(meters).register(Platform.SANDBOX, sandbox, sandbox);

    @Test
    void messages_and_conversations_go_to_the_adapter_of_their_platform() {
        ConversationRef ref = router.create(DemoOrganisation.WORKSPACE, "g", List.of(DemoOrganisation.leaderId("anders")));
        router.admit(ref, List.of(DemoOrganisation.leaderId("anders")));
        Delivery d = router.deliver(OutgoingMessage.post("k", ref, Message.text("hej")), Optional.empty());

        assertThat(d).isInstanceOf(Delivery.Delivered.class);
        assertThat(sandbox.messages(ref, "anders")).hasSize(1);
        assertThat(meters.get("largrupp.deliveries").tags("adapter", "sandbox", "outcome", "delivered").counter().count()).isOne();
    }

    @Test
    void a_message_for_a_platform_not_configured_stays_in_the_outbox() {
        Delivery d = router.deliver(OutgoingMessage.post("k", ConversationRef.of(Platform.SLACK, "T1:C1"), Message.text("hej")),
                Optional.empty());
        assertThat(d).isInstanceOf(Delivery.RetryLater.class);
        assertThat(meters.get("largrupp.deliveries").tags("adapter", "slack", "outcome", "retry_later").counter().count()).isOne();
    }
}
