package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.delivery.OutboxSender;
import se.largrupp.core.delivery.OutboxStore;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * Teams acks first: the command runs and commits with its reply in the outbox, the HTTP answer goes back, and only
 * then does the outbox sender (its real thread, on H2) call the connector, which here holds every call until
 * released: a connector slow enough to make Teams time out if the answer waited for it.
 */
class TeamsAcksFirstTest {
    static final String PERSONAL = "a:1Zb3kQ9mWvXyPq7T5nR2sUo8LcHe4GdJ";
    ConnectorStandIn connector;
    TestDatabase db;
    OutboxSender sender;
    TeamsEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        db = TestDatabases.h2();
        Clock clock = Clock.systemUTC();
        JdbcRepositories repos = JdbcRepositories.of(db.database(), clock);
        // The adapter needs the core's commands and the core needs the adapter's conversations: tie the knot lazily.
        AtomicReference<CommandService> core = new AtomicReference<>();
        TeamsAdapter teams = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), new CommandService() {
            public Reply execute(Invocation i, String text) { return core.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return core.get().execute(i, c); }
        }, AccessTokens.none());
        sender = new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), teams.outgoingMessages(), clock,
                OutboxSender.Options.defaults().withConversationInterval(Duration.ZERO).withPollInterval(Duration.ofMillis(50)));
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres()).onAdded(sender::wake);
        core.set(Largrupp.builder().leaders(repos.leaders()).groups(repos.groups()).meetings(repos.meetings()).admins(repos.admins())
                .processedDeliveries(repos.deliveries()).transactions(repos.transactions()).outbox(outbox)
                .wakeups(new ManualWakeups()).groupConversations(teams.groupConversations()).clock(clock).build().commands());
        sender.start();
        endpoint = new TeamsEndpoint(teams.servlet());
    }

    @AfterEach
    void stop() throws Exception {
        connector.release();
        endpoint.close();
        sender.close();
        db.close();
        connector.close();
    }

    /** Real threads deliver here, so this waits, for a bounded time, for the row to be marked delivered. */
    void awaitDelivered(String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status(key).equals("delivered") && System.nanoTime() < deadline) LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }

    String status(String key) {
        return db.jdbc().queryOne("SELECT status FROM outbox WHERE idempotency_key LIKE ?", rs -> rs.getString(1), key).orElse("none");
    }

    @Test
    void the_http_answer_comes_before_any_connector_answer_and_the_reply_is_then_delivered_once() throws Exception {
        connector.hold();

        HttpResponse<String> response = endpoint.post(TeamsEndpoint.activity("personal-message", connector.serviceUrl())
                .replace("\"text\": \"status\"", "\"text\": \"hjälp\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(connector.answered()).isZero(); // the connector has answered nothing, yet Teams has its 200
        assertThat(status("reply:teams:1732647731512@%")).isEqualTo("pending");

        connector.release();
        awaitDelivered("reply:teams:1732647731512@%");
        assertThat(status("reply:teams:1732647731512@%")).isEqualTo("delivered");
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + PERSONAL + "/activities/1732647731512");
        assertThat(connector.calls().get(0).body().toString()).contains(new Texts().get(Language.SV, "help.title"));
    }

    @Test
    void a_redelivered_activity_is_answered_at_once_and_its_reply_is_sent_once() throws Exception {
        String activity = TeamsEndpoint.activity("personal-message", connector.serviceUrl());
        endpoint.post(activity);
        awaitDelivered("reply:teams:1732647731512@%");

        connector.hold(); // Teams retries: the retry must neither wait for the connector nor send a second reply
        assertThat(endpoint.post(activity).statusCode()).isEqualTo(200);
        connector.release();
        endpoint.post(TeamsEndpoint.activity("personal-message", connector.serviceUrl()).replace("1732647731512", "1732647731999"));
        awaitDelivered("reply:teams:1732647731999@%");

        // The later message's reply arrived, so the sender had its chance to send a second reply to the first: it did not.
        assertThat(connector.lines()).containsExactly(
                "POST /emea/v3/conversations/" + PERSONAL + "/activities/1732647731512",
                "POST /emea/v3/conversations/" + PERSONAL + "/activities/1732647731999");
    }
}
