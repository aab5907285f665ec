package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.teams.support.ChannelTokens;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.FakeCommands;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * Every kind of activity Teams can send this bot, in recorded shapes (our own corpus under
 * {@code src/test/resources/corpus}, listed with what each should get in {@code index.json}), replayed over HTTP to
 * the running endpoint with a valid channel JWT. Each gets its answer within the time budget: a command runs once
 * and its reply waits in the outbox for its route; everything else changes nothing; no connector call is made before
 * the answer; an {@code invoke} always gets an invoke response; a malformed body gets 400 and a log line that says
 * why without quoting it.
 */
class TeamsCorpusReplayTest {
    static final String APP_ID = "a3c1e5f7-2b4d-4e6f-8a0c-1d3e5f7a9b2c";
    /** Teams waits 15 s before it retries; acking needs no connector, so a tenth of that is already generous. */
    static final Duration BUDGET = Duration.ofMillis(1500);
    static final ObjectMapper JSON = new ObjectMapper();
    static ConnectorStandIn connector;
    static ChannelTokens channel;

    FakeCommands commands;
    TeamsEndpoint endpoint;
    ListAppender<ILoggingEvent> servletLog;

    record Entry(JsonNode spec) {
        String file() { return spec.path("file").asText(); }
        String expect() { return spec.path("expect").asText(); }
        String text(String field) { return spec.path(field).asText(null); }

        @Override
        public String toString() { // the parameterized test's name: "message/personal.json gets command"
            return file() + " gets " + expect();
        }
    }

    static Stream<Entry> corpus() {
        List<Entry> out = new ArrayList<>();
        tree(resource("index.json")).forEach(e -> out.add(new Entry(e)));
        return out.stream();
    }

    static String resource(String name) {
        try (InputStream in = TeamsCorpusReplayTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void publishTheChannelsKeys() throws Exception {
        connector = new ConnectorStandIn();
        channel = ChannelTokens.publishedBy(connector);
    }

    @AfterAll
    static void restore() {
        channel.close();
        connector.close();
    }

    @BeforeEach
    void start() throws Exception {
        commands = new FakeCommands();
        TeamsAdapter adapter = TeamsAdapter.create(TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP_ID,
                "MICROSOFT_APP_PASSWORD", "not-used-here")), commands, () -> Optional.of("outgoing-token"));
        endpoint = new TeamsEndpoint(adapter.servlet());
        // The first request fetches the channel's keys; the budget is for answering, not for that.
        endpoint.post(TeamsEndpoint.activity("installation-update", connector.serviceUrl()), channel.token(APP_ID, connector.serviceUrl()));
        connector.clear();
        servletLog = new ListAppender<>();
        servletLog.start();
        ((Logger) LoggerFactory.getLogger(TeamsServlet.class)).addAppender(servletLog);
    }

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(TeamsServlet.class)).detachAppender(servletLog);
        endpoint.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_recorded_shape_gets_its_answer_in_time_and_changes_only_what_it_should(Entry entry) throws Exception {
        String body = resource(entry.file()).replace("${SERVICE_URL}", connector.serviceUrl());

        long began = System.nanoTime();
        HttpResponse<String> response = endpoint.post(body, channel.token(APP_ID, connector.serviceUrl()));
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertThat(took).as("time to answer").isLessThan(BUDGET);
        assertThat(connector.calls()).as("connector calls before the answer").isEmpty();
        switch (entry.expect()) {
            case "command" -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEmpty();
                assertRanOnceWithItsReplyRouted(entry);
            }
            case "invoke-card" -> {
                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode answer = tree(response.body());
                assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
                assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
                assertThat(answer.path("value").asText()).isNotBlank();
                if (entry.text("command") != null) assertRanOnceWithItsReplyRouted(entry);
                else assertNothingRan();
            }
            case "invoke-empty" -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEmpty();
                assertNothingRan();
            }
            case "nothing" -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertNothingRan();
            }
            case "bad-request" -> {
                assertThat(response.statusCode()).isEqualTo(400);
                assertNothingRan();
                List<String> lines = servletLog.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
                assertThat(lines).singleElement().asString().contains(entry.text("reason")).doesNotContain("SECRET-CONTENT");
            }
            default -> throw new IllegalArgumentException("unknown expectation " + entry.expect());
        }
    }

    private void assertNothingRan() {
        assertThat(commands.executed()).as("commands run").isEmpty();
        assertThat(commands.outbox.messages()).as("messages written").isEmpty();
    }

    private void assertRanOnceWithItsReplyRouted(Entry entry) {
        Object expected = entry.text("command").equals("Help") ? new Command.Help() : entry.text("command");
        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly(expected);
        OutgoingMessage reply = commands.outbox.messages().stream().filter(m -> m.idempotencyKey().startsWith("reply:")).findFirst().orElseThrow();
        TeamsConversation route = TeamsConversation.of(reply.conversation());
        TeamsConversation where = TeamsConversation.of(commands.executed().get(0).invocation().conversation());
        assertThat(route.conversationOnly()).isEqualTo(where);
        assertThat(route.serviceUrl()).isEqualTo(connector.serviceUrl());
        String activityId = tree(resource(entry.file())).path("id").asText();
        switch (entry.text("route")) {
            case "reply" -> assertThat(route).isEqualTo(where.replyingTo(activityId));
            case "replace" -> assertThat(route).isEqualTo(where.replacing(entry.text("replaced")));
            case "conversation" -> assertThat(route).isEqualTo(where);
            default -> throw new IllegalArgumentException("unknown route " + entry.text("route"));
        }
    }

    @Test
    void the_corpus_covers_every_activity_type_and_invoke_name_the_bot_can_be_sent() {
        List<String> kinds = corpus().map(e -> e.spec().path("type").asText("") + " " + e.spec().path("name").asText("")
                + e.spec().path("eventType").asText("")).map(String::strip).toList();

        assertThat(kinds).contains("message", "conversationUpdate teamMemberAdded", "conversationUpdate teamMemberRemoved",
                "conversationUpdate channelCreated", "conversationUpdate channelDeleted", "conversationUpdate channelRenamed",
                "conversationUpdate channelRestored", "conversationUpdate teamArchived", "conversationUpdate teamDeleted",
                "conversationUpdate teamRenamed", "conversationUpdate teamRestored", "conversationUpdate teamUnarchived",
                "conversationUpdate", "installationUpdate", "messageReaction", "event application/vnd.microsoft.meetingStart",
                "event application/vnd.microsoft.meetingEnd", "invoke adaptiveCard/action", "invoke task/fetch", "invoke task/submit",
                "invoke composeExtension/query", "invoke composeExtension/queryLink", "invoke composeExtension/fetchTask",
                "invoke composeExtension/submitAction", "invoke tab/fetch", "invoke", "typing", "endOfConversation",
                "messageUpdate editMessage", "messageDelete softDeleteMessage");
        assertThat(corpus().filter(e -> e.expect().equals("bad-request"))).hasSizeGreaterThanOrEqualTo(4);
    }
}
