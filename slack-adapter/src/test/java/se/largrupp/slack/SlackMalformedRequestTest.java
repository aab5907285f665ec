package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.LogCapture;
import se.largrupp.slack.support.SlackCorpus;
import se.largrupp.slack.support.SlackHarness;

/** A broken body is refused with a plain 400 and one log line that says why, and never what it held. */
class SlackMalformedRequestTest {
    /** Pieces of the malformed payloads' content that must never reach the log. */
    static final List<String> CONTENT = List.of("U0ASA", "glöm mig", "hooks.slack.com", "världen", "hello", "Ev0TOM",
            "Ev0TYP", "rsvp yes", "larande-ab", "%7B");
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
    void each_signed_broken_body_gets_400_and_one_log_line_that_names_its_shape_but_not_its_content() throws Exception {
        List<SlackCorpus.Entry> malformed = SlackCorpus.all().stream().filter(e -> e.status() == 400).toList();
        assertThat(malformed).hasSizeGreaterThan(10);
        for (SlackCorpus.Entry e : malformed) {
            try (LogCapture log = new LogCapture()) {
                var response = h.postSigned(e.bytes("http://127.0.0.1:1/unused"), e.contentType(), Map.of());

                assertThat(response.statusCode()).as(e.name()).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).as(e.name()).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
                assertThat(response.body()).as(e.name()).isEqualTo("malformed Slack request\n");
                assertThat(log.lines()).as(e.name()).singleElement().satisfies(line -> {
                    assertThat(line).contains("refused a signed Slack request as malformed: ");
                    assertThat(line).doesNotContain(CONTENT);
                });
            }
        }
        assertThat(core.executed()).isEmpty();
        assertThat(h.slack.calls()).isEmpty();
    }

    @Test
    void an_unsigned_broken_body_is_refused_as_unauthorised_before_anything_reads_it() throws Exception {
        try (LogCapture log = new LogCapture()) {
            var response = h.post("payload=%7B%22type%22%3A", "application/x-www-form-urlencoded", SlackHarness.now(),
                    "v0=" + "ab".repeat(32), Map.of());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(log.lines()).isEmpty();
        }
    }

    @Test
    void a_signed_body_that_is_not_utf8_is_malformed_not_a_server_error() throws Exception {
        byte[] latin1 = "command=/l\u00e4rgrupp&text=\u00e5".getBytes(StandardCharsets.ISO_8859_1);

        var response = h.postSigned(latin1, "application/x-www-form-urlencoded", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(core.executed()).isEmpty();
    }
}
