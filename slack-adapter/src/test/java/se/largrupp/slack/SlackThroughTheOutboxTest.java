package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.delivery.OutboxSender;
import se.largrupp.core.delivery.OutboxStore;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * The adapter behind the core's real outbox (H2): the turn message is edited in place through the update key, a
 * rate-limited post waits for Slack's Retry-After before the outbox tries again, and a channel that is gone is parked.
 */
class SlackThroughTheOutboxTest {
    final MutableClock clock = MutableClock.standard();
    final ConversationRef group = new ConversationRef("slack:T1:G77");
    SlackHarness h;
    TestDatabase db;
    JdbcOutbox outbox;
    OutboxSender sender;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new FakeCore());
        db = TestDatabases.h2();
        outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        sender = new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), h.adapter.outgoingMessages(), clock,
                OutboxSender.Options.defaults().withConversationInterval(Duration.ZERO).withMaxPerSecond(0), new Random(7));
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
        db.close();
    }

    OutgoingMessage turn(String key, String whose) {
        return new OutgoingMessage(key, group, Message.of(new Message.Block.Heading("Nu är det " + whose + "s tur"),
                new Message.Block.Actions(List.of(Message.Button.of("round_next", "Nästa", "next")))), Optional.of("round:g77"), Optional.empty());
    }

    String status(String key) {
        return db.jdbc().queryOne("SELECT status FROM outbox WHERE idempotency_key = ?", rs -> rs.getString(1), key).orElseThrow();
    }

    @Test
    void the_turn_message_is_posted_once_and_then_edited_in_place() {
        db.transactions().inTransaction(() -> outbox.add(turn("round:g77:turn:1", "Åsa")));
        sender.runOnce();
        db.transactions().inTransaction(() -> outbox.add(turn("round:g77:turn:2", "Örjan")));
        sender.runOnce();

        List<SlackStandIn.Call> calls = h.slack.calls();
        assertThat(SlackStandIn.methods(calls)).containsExactly("chat.postMessage", "chat.update");
        String ts = db.jdbc().queryOne("SELECT platform_message_id FROM outbox WHERE idempotency_key = ?", rs -> rs.getString(1),
                "round:g77:turn:1").orElseThrow();
        assertThat(calls.get(1).param("ts")).isEqualTo(ts);
        assertThat(calls.get(1).param("text")).isEqualTo("Nu är det Örjans tur");
    }

    @Test
    void a_rate_limited_post_is_retried_by_the_outbox_after_retry_after() {
        h.slack.rateLimitNext("chat.postMessage", 1);
        db.transactions().inTransaction(() -> outbox.add(OutgoingMessage.post("nudge:g77", group, Message.text("I morgon 12:00"))));

        sender.runOnce();
        clock.advance(Duration.ofMillis(500));
        sender.runOnce(); // not due yet: Slack asked for 1 s
        assertThat(h.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(status("nudge:g77")).isEqualTo("pending");

        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();
        assertThat(h.slack.calls("chat.postMessage")).hasSize(2);
        assertThat(status("nudge:g77")).isEqualTo("delivered");
    }

    @Test
    void a_message_to_an_archived_channel_is_parked_not_retried() {
        h.slack.failNext("chat.postMessage", "is_archived");
        db.transactions().inTransaction(() -> outbox.add(OutgoingMessage.post("welcome:g77", group, Message.text("Välkomna"))));

        sender.runOnce();
        clock.advance(Duration.ofHours(1));
        sender.runOnce();

        assertThat(h.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(status("welcome:g77")).isEqualTo("parked");
    }
}
