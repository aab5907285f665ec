package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.now;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.Signer;

class SlackRequestVerificationTest {
    static final String FORM = "application/x-www-form-urlencoded";
    FakeCore core = new FakeCore();
    SlackHarness h;
    String body = form(slashCommand("/lärgrupp", "U1", "leave", "trig-v"));

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(core);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void a_request_signed_with_another_secret_is_refused_and_changes_nothing() throws Exception {
        var response = h.post(body, FORM, now(), Signer.sign("forged", now(), body), Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(core.executed()).isEmpty();
        assertThat(h.slack.calls()).isEmpty();
    }

    @Test
    void an_unsigned_request_is_refused() throws Exception {
        assertThat(h.post(body, FORM, now(), null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(h.post(body, FORM, null, null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void a_body_changed_after_signing_is_refused() throws Exception {
        String signature = Signer.sign(SlackHarness.SECRET, now(), body);
        var response = h.post(body.replace("leave", "join"), FORM, now(), signature, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void a_correctly_signed_request_older_than_five_minutes_is_refused() throws Exception {
        long stale = now() - 6 * 60;
        var response = h.post(body, FORM, stale, Signer.sign(SlackHarness.SECRET, stale, body), Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(core.executed()).isEmpty();
        assertThat(h.slack.calls()).isEmpty();
    }

    @Test
    void a_correctly_signed_request_more_than_five_minutes_in_the_future_is_refused() throws Exception {
        long future = now() + 6 * 60;
        var response = h.post(body, FORM, future, Signer.sign(SlackHarness.SECRET, future, body), Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void a_slightly_skewed_clock_is_tolerated() throws Exception {
        long skewed = now() + 60;
        var response = h.post(body, FORM, skewed, Signer.sign(SlackHarness.SECRET, skewed, body), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(core.executed()).hasSize(1);
    }

    @Test
    void a_json_event_with_swedish_letters_verifies() throws Exception {
        String event = """
                {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev-sv","event_time":1,
                 "event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"hjälp åäö ÅÄÖ","ts":"1.2","team":"T1"}}""";

        var response = h.postJson(event);

        assertThat(response.statusCode()).isEqualTo(200);
        h.slack.await("chat.postMessage", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("hjälp åäö ÅÄÖ");
    }

    @Test
    void url_verification_answers_the_challenge() throws Exception {
        var response = h.postJson("{\"token\":\"x\",\"challenge\":\"ch-åäö-123\",\"type\":\"url_verification\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ch-åäö-123");
    }

    @Test
    void a_forged_url_verification_is_refused() throws Exception {
        String challenge = "{\"token\":\"x\",\"challenge\":\"c\",\"type\":\"url_verification\"}";
        var response = h.post(challenge, "application/json", now(), Signer.sign("forged", now(), challenge), Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
