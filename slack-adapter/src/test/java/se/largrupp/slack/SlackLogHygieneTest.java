package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.LogCapture;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.Signer;

/**
 * Nothing from a body reaches the log: not from an unauthenticated one (which could forge an ERROR line or colour the
 * terminal), and not the text or response URL of a signed one. Checked with Bolt and the adapter at DEBUG.
 */
class SlackLogHygieneTest {
    static final Map<String, Level> VERBOSE = Map.of(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.INFO,
            "com.slack", Level.DEBUG, "se.largrupp", Level.DEBUG);
    static final String FORM = "application/x-www-form-urlencoded";
    static final List<String> FORGED = List.of(
            "token=x\n2026-12-01 10:00:00 ERROR c.e.Payments - card 4111 refused \u001b[31mINJECTED\u001b[0m&command=/lärgrupp",
            "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"x\":\"\\nERROR INJECTED\\u001b[2J\"}", StandardCharsets.UTF_8),
            "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"\\nERROR INJECTED \\u001b[2J\"}}",
            "{\"command\":\"/lärgrupp\",\"text\":\"INJECTED\\nERROR\",\"response_url\":\"https://hooks.slack.com/INJECTED\"}",
            "INJECTED\r\nERROR " + "x".repeat(200_000),
            "{");
    FakeCore core = new FakeCore();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(core);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void forged_bodies_with_newlines_ansi_codes_and_error_text_leave_no_trace_in_the_log() throws Exception {
        try (LogCapture log = new LogCapture(VERBOSE)) {
            for (String body : FORGED) {
                String type = body.startsWith("{") ? "application/json" : FORM;
                long now = SlackHarness.now();
                assertThat(h.post(body, type, now, Signer.sign("not-the-secret", now, body), Map.of()).statusCode()).isEqualTo(401);
                assertThat(h.post(body, type, now, null, Map.of()).statusCode()).isEqualTo(401);
                assertThat(h.post(body, type, null, null, Map.of()).statusCode()).isEqualTo(401);
                long stale = now - 3600;
                assertThat(h.post(body, type, stale, Signer.sign(SlackHarness.SECRET, stale, body), Map.of()).statusCode()).isEqualTo(401);
            }

            assertThat(log.lines()).noneMatch(line -> line.contains("INJECTED") || line.contains("\u001b") || line.contains("4111"));
        }
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void a_signed_slash_command_written_as_json_is_refused_without_logging_its_text_or_response_url() throws Exception {
        String json = """
                {"token":"x","team_id":"T1","channel_id":"C1","user_id":"U1","command":"/lärgrupp",
                 "text":"glöm mig MARKER-TEXT","response_url":"https://hooks.slack.com/commands/T1/MARKER-URL","trigger_id":"t"}""";
        try (LogCapture log = new LogCapture(VERBOSE)) {
            var response = h.postJson(json);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(log.lines()).isNotEmpty().noneMatch(line -> line.contains("MARKER"));
        }
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void signed_payloads_that_run_or_are_ignored_are_not_logged_with_their_text() throws Exception {
        try (LogCapture log = new LogCapture(VERBOSE)) {
            var command = h.postForm(SlackHarness.form(SlackHarness.slashCommand("/lärgrupp", "U1", "status MARKER-TEXT", "trig-m")));
            var mention = h.postJson("""
                    {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvM","event_time":1,
                     "event":{"type":"app_mention","user":"U1","text":"<@UBOT> MARKER-TEXT","channel":"C1","ts":"1.1"}}""");

            assertThat(command.statusCode()).isEqualTo(200);
            assertThat(mention.statusCode()).isEqualTo(200);
            assertThat(log.lines()).noneMatch(line -> line.contains("MARKER"));
        }
    }
}
