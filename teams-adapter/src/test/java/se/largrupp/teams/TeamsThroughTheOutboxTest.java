package se.largrupp.teams;

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
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.ConnectorStandIn.Answer;
import se.largrupp.teams.support.FakeCommands;

/**
 * The adapter behind the core's real outbox (H2): the turn message is edited in place through the outbox's update key,
 * and a throttled post waits for the connector's Retry-After before the outbox tries again.
 */
class TeamsThroughTheOutboxTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String THREAD = "19:group0000@thread.tacv2;messageid=1732650000000";
    final MutableClock clock = MutableClock.standard();
    ConnectorStandIn connector;
    TestDatabase db;
    JdbcOutbox outbox;
    OutboxSender sender;
    ConversationRef thread;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        db = TestDatabases.h2();
        outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        TeamsAdapter adapter = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), new FakeCommands(), AccessTokens.none());
        sender = new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), adapter.outgoingMessages(), clock,
                OutboxSender.Options.defaults().withConversationInterval(Duration.ZERO).withMaxPerSecond(0), new Random(7));
        thread = new TeamsConversation(THREAD, connector.serviceUrl(), TENANT, Optional.empty(), "channel").ref();
    }

    @AfterEach
    void stop() {
        connector.close();
        db.close();
    }

    OutgoingMessage turn(String key, String whose) {
        return new OutgoingMessage(key, thread, Message.of(new Message.Block.Heading(whose + "'s turn"),
                new Message.Block.Actions(List.of(Message.Button.of("next", "Next", "next")))), Optional.of("round:g1"), Optional.empty());
    }

    @Test
    void the_turn_card_is_posted_once_and_then_updated_in_place_as_the_round_advances() {
        db.transactions().inTransaction(() -> outbox.add(turn("round:g1:turn:1", "Anna")));
        sender.runOnce();
        db.transactions().inTransaction(() -> outbox.add(turn("round:g1:turn:2", "Erik")));
        sender.runOnce();

        assertThat(connector.lines()).containsExactly(
                "POST /emea/v3/conversations/" + THREAD + "/activities",
                "PUT /emea/v3/conversations/" + THREAD + "/activities/activity-1");
        assertThat(connector.calls().get(1).body().toString()).contains("Erik's turn");
    }

    @Test
    void a_throttled_post_is_retried_by_the_outbox_after_retry_after() {
        connector.queue(Answer.retryAfter(429, 30));
        db.transactions().inTransaction(() -> outbox.add(OutgoingMessage.post("nudge:g1", thread, Message.text("I morgon 12:00"))));

        sender.runOnce();
        clock.advance(Duration.ofSeconds(20));
        sender.runOnce(); // not due yet: the connector asked for 30 s
        assertThat(connector.calls()).hasSize(1);

        clock.advance(Duration.ofSeconds(15));
        sender.runOnce();
        assertThat(connector.calls()).hasSize(2);
        assertThat(db.jdbc().queryOne("SELECT status FROM outbox WHERE idempotency_key = ?", rs -> rs.getString(1), "nudge:g1"))
                .contains("delivered");
    }
}
