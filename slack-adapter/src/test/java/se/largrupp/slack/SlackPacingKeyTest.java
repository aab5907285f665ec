package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;

class SlackPacingKeyTest {
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new FakeCore());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void the_outbox_paces_slack_per_team_whatever_the_channel() {
        var out = h.adapter.outgoingMessages();

        assertThat(out.pacingKey(new ConversationRef("slack:T1:C1"))).isEqualTo("slack:T1");
        assertThat(out.pacingKey(new ConversationRef("slack:T1:U7"))).isEqualTo("slack:T1");
        assertThat(out.pacingKey(new ConversationRef("slack:T2:C1"))).isEqualTo("slack:T2");
    }
}
