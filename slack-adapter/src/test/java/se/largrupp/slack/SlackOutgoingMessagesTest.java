package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

class SlackOutgoingMessagesTest {
    SlackHarness h;
    ConversationRef group = new ConversationRef("slack:T1:G7");
    Message turn = Message.of(new Message.Block.Text("Nu är det *Åsas* tur, 15 min"),
            new Message.Block.Actions(java.util.List.of(Message.Button.of("round_next", "Nästa", "next"))));

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new FakeCore());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    Delivery deliver(OutgoingMessage m, Optional<String> replacing) {
        return h.adapter.outgoingMessages().deliver(m, replacing);
    }

    @Test
    void a_new_message_is_posted_with_blocks_and_its_ts_is_the_id() {
        Delivery d = deliver(OutgoingMessage.post("k1", group, turn), Optional.empty());

        assertThat(d).isInstanceOf(Delivery.Delivered.class);
        SlackStandIn.Call call = h.slack.calls("chat.postMessage").get(0);
        assertThat(((Delivery.Delivered) d).platformMessageId()).startsWith("1700000000.");
        assertThat(call.param("channel")).isEqualTo("G7");
        assertThat(call.param("text")).isEqualTo("Nu är det *Åsas* tur, 15 min");
        assertThat(call.param("blocks")).contains("\"value\":\"next\"").contains("\"action_id\":\"largrupp:round_next\"");
    }

    @Test
    void a_message_with_an_earlier_id_edits_it_in_place() {
        Delivery d = deliver(new OutgoingMessage("k2", group, turn, Optional.of("turn"), Optional.empty()), Optional.of("1700000000.000001"));

        assertThat(d).isEqualTo(new Delivery.Delivered("1700000000.000001"));
        assertThat(SlackStandIn.methods(h.slack.calls())).containsExactly("chat.update");
        assertThat(h.slack.calls("chat.update").get(0).param("ts")).isEqualTo("1700000000.000001");
    }

    @Test
    void an_edit_of_a_deleted_message_posts_it_anew() {
        h.slack.failNext("chat.update", "message_not_found");

        Delivery d = deliver(new OutgoingMessage("k3", group, turn, Optional.of("turn"), Optional.empty()), Optional.of("1.0"));

        assertThat(d).isInstanceOf(Delivery.Delivered.class);
        assertThat(SlackStandIn.methods(h.slack.calls())).containsExactly("chat.update", "chat.postMessage");
    }

    @Test
    void a_message_for_one_member_is_ephemeral_in_the_group_channel() {
        LeaderId asa = LeaderId.of(Platform.SLACK, "T1", "U5");

        Delivery d = deliver(new OutgoingMessage("k4", group, Message.text("Du öppnar nästa gång"), Optional.empty(), Optional.of(asa)), Optional.empty());

        assertThat(d).isInstanceOf(Delivery.Delivered.class);
        SlackStandIn.Call call = h.slack.calls("chat.postEphemeral").get(0);
        assertThat(call.param("channel")).isEqualTo("G7");
        assertThat(call.param("user")).isEqualTo("U5");
    }

    @Test
    void rate_limiting_asks_the_outbox_to_retry_after_slacks_retry_after() {
        h.slack.rateLimitNext("chat.postMessage", 7);

        Delivery d = deliver(OutgoingMessage.post("k5", group, turn), Optional.empty());

        assertThat(d).isEqualTo(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(7)), "rate limited"));
    }

    @Test
    void a_channel_that_is_gone_or_archived_is_rejected_for_good() {
        h.slack.failNext("chat.postMessage", "channel_not_found");
        h.slack.failNext("chat.postMessage", "is_archived");
        h.slack.failNext("chat.postMessage", "not_in_channel");

        assertThat(deliver(OutgoingMessage.post("k6", group, turn), Optional.empty())).isEqualTo(new Delivery.Rejected("channel_not_found"));
        assertThat(deliver(OutgoingMessage.post("k7", group, turn), Optional.empty())).isEqualTo(new Delivery.Rejected("is_archived"));
        assertThat(deliver(OutgoingMessage.post("k8", group, turn), Optional.empty())).isEqualTo(new Delivery.Rejected("not_in_channel"));
    }

    @Test
    void a_passing_slack_fault_is_retried_later() {
        h.slack.failNext("chat.postMessage", "internal_error");

        Delivery d = deliver(OutgoingMessage.post("k9", group, turn), Optional.empty());

        assertThat(d).isEqualTo(new Delivery.RetryLater(Optional.empty(), "internal_error"));
    }

    @Test
    void slack_being_unreachable_is_retried_later() throws Exception {
        h.slack.close();

        Delivery d = deliver(OutgoingMessage.post("k10", group, turn), Optional.empty());

        assertThat(d).isInstanceOf(Delivery.RetryLater.class);
    }
}
