package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackCorpus;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * Replays the project's corpus of Slack payloads over real HTTP to the running adapter, each signed freshly: every
 * payload gets its answer (200, or 400 when malformed) within Slack's 3 seconds, and runs exactly the core commands
 * and Web API calls it should. That nothing else happened is known once a later slash command, sent as a sentinel,
 * has been answered: an effect of the payload would have been started before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackRecordedPayloadsTest {
    static final Duration SLACK_BUDGET = Duration.ofSeconds(3);
    static final String SENTINEL_USER = "U0VAKT";
    FakeCore core = new FakeCore();
    SlackHarness h;
    int sentinels;

    @BeforeAll
    void start() throws Exception {
        h = new SlackHarness(core);
    }

    @AfterAll
    void stop() throws Exception {
        h.close();
    }

    static Stream<SlackCorpus.Entry> corpus() {
        return SlackCorpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_payload_is_answered_in_time_and_changes_only_what_it_should(SlackCorpus.Entry e) throws Exception {
        h.slack.clear();
        int before = core.executed().size();

        long started = System.nanoTime();
        var response = h.postSigned(e.bytes(h.slack.responseUrl(e.name())), e.contentType(), Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).as("status").isEqualTo(e.status());
        assertThat(took).as("answered within Slack's budget").isLessThan(SLACK_BUDGET);
        e.answer().ifPresent(body -> assertThat(response.body()).isEqualTo(body));
        e.answerContains().ifPresent(part -> assertThat(response.body()).contains(part));
        e.answerJson().ifPresent(json -> assertThat(JsonParser.parseString(response.body())).isEqualTo(json));
        for (String method : e.api()) h.slack.await(method, 1);
        sentinel();

        List<String> commands = core.executed().subList(before, core.executed().size()).stream()
                .filter(x -> !x.invocation().actor().user().equals(SENTINEL_USER)).map(FakeCore.Executed::text).toList();
        assertThat(commands).as("core commands").hasSameSizeAs(e.commands());
        for (int i = 0; i < commands.size(); i++) assertThat(commands.get(i)).matches(wildcard(e.commands().get(i)));
        List<String> calls = SlackStandIn.methods(h.slack.calls().stream().filter(c -> !sentinel(c)).toList());
        if (e.commands().isEmpty()) {
            assertThat(calls).as("Web API calls").isEmpty();
        } else {
            Set<String> allowed = new HashSet<>(e.api());
            allowed.add("users.info"); // who the actor is, asked for every command
            assertThat(calls).as("Web API calls").containsAll(e.api()).allMatch(allowed::contains);
        }
    }

    @Test
    void the_corpus_covers_every_payload_type_slack_sends_and_every_kind_of_malformed_body() {
        Set<String> types = new HashSet<>(SlackCorpus.all().stream().map(SlackCorpus.Entry::type).toList());

        assertThat(types).containsAll(List.of(
                "app_mention", "app_home_opened", "message", "message.bot_message", "message.message_changed",
                "message.message_deleted", "message.file_share", "message.me_message", "message.thread_broadcast",
                "message.message_replied", "message.channel_join", "message.channel_leave", "message.channel_topic",
                "message.channel_purpose", "message.channel_name", "message.channel_archive", "message.group_topic",
                "message.ekm_access_denied", "member_joined_channel", "member_left_channel", "reaction_added",
                "reaction_removed", "app_uninstalled", "tokens_revoked", "assistant_thread_started",
                "assistant_thread_context_changed", "team_access_granted", "team_access_revoked", "function_executed",
                "workflow_step_execute", "channel_created", "channel_rename", "channel_archive", "channel_left",
                "group_left", "team_join", "user_change", "link_shared", "subteam_members_changed",
                "user_huddle_changed", "grid_migration_started", "app_rate_limited", "url_verification",
                "block_actions", "block_suggestion", "shortcut", "message_action", "interactive_message",
                "dialog_submission", "dialog_suggestion", "dialog_cancellation", "view_submission", "view_closed",
                "workflow_step_edit", "slash_command", "ssl_check", "malformed"));
        assertThat(SlackCorpus.all()).filteredOn(e -> e.status() == 400).extracting(SlackCorpus.Entry::name)
                .contains("malformed.payload_broken_json", "malformed.json_open_brace", "malformed.unknown_form");
        assertThat(SlackCorpus.all()).filteredOn(e -> new String(e.bytes("x"), StandardCharsets.UTF_8).matches("(?s).*[åäöÅÄÖ].*"))
                .as("Swedish payloads").hasSizeGreaterThan(3);
    }

    @Test
    void a_retried_event_the_app_acts_on_is_applied_once() throws Exception {
        SlackCorpus.Entry dm = SlackCorpus.named("event.message.im");
        byte[] body = new String(dm.bytes(""), StandardCharsets.UTF_8).replace("Ev0DM1", "Ev0DMRETRY").getBytes(StandardCharsets.UTF_8);
        h.slack.clear();
        int before = core.executed().size();

        var first = h.postSigned(body, dm.contentType(), Map.of());
        var retry = h.postSigned(body, dm.contentType(), Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        var again = h.postSigned(body, dm.contentType(), Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_error"));
        h.slack.await(c -> c.method().equals("chat.postMessage") && "D0DAVID".equals(c.param("channel")), 1);
        sentinel();

        assertThat(List.of(first.statusCode(), retry.statusCode(), again.statusCode())).containsOnly(200);
        assertThat(core.executed().subList(before, core.executed().size()))
                .filteredOn(x -> !x.invocation().actor().user().equals(SENTINEL_USER))
                .extracting(FakeCore.Executed::text).containsExactly("status");
        assertThat(h.slack.calls("chat.postMessage")).filteredOn(c -> "D0DAVID".equals(c.param("channel"))).hasSize(1);
    }

    /**
     * A slash command, run on the same worker pool as every listener's work and answered once it ran: by then every
     * effect of an earlier payload has begun.
     */
    private void sentinel() throws Exception {
        var answer = h.postForm(SlackHarness.form(SlackHarness.slashCommand("/lärgrupp", SENTINEL_USER, "status", "vakt-" + ++sentinels)));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Din lärgrupp");
    }

    private static boolean sentinel(SlackStandIn.Call c) {
        return SENTINEL_USER.equals(c.param("user"));
    }

    private static String wildcard(String expected) {
        return "(?s)" + java.util.regex.Pattern.quote(expected).replace("*", "\\E.*\\Q");
    }
}
