package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * An admin edits the programme's settings in a modal opened from App Home: a value that does not read is shown next
 * to its field and nothing runs; the others become settings commands and App Home is published again.
 */
class SlackSettingsModalTest {
    private final FakeCore core = new FakeCore();
    private SlackHarness h;

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static String press() {
        return """
                {"type":"block_actions","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"UADMIN","username":"a","name":"a","team_id":"T1"},"api_app_id":"A1","token":"x",
                 "container":{"type":"view","view_id":"VH"},"trigger_id":"trig-s",
                 "view":{"id":"VH","type":"home","team_id":"T1"},
                 "actions":[{"action_id":"largrupp:home_settings","block_id":"b1","text":{"type":"plain_text","text":"x"},
                   "value":"settings","type":"button","action_ts":"1.2"}]}""";
    }

    static String submission(String departments, String nudges) {
        return """
                {"type":"view_submission","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"UADMIN","username":"a","name":"a","team_id":"T1"},"api_app_id":"A1","token":"x","trigger_id":"trig-v",
                 "view":{"id":"VS","team_id":"T1","type":"modal","callback_id":"largrupp_settings","private_metadata":"sv","hash":"h",
                  "state":{"values":{
                   "departments":{"value":{"type":"plain_text_input","value":%s}},
                   "nudges":{"value":{"type":"plain_text_input","value":%s}},
                   "depth":{"value":{"type":"plain_text_input","value":null}}}}},
                 "response_urls":[]}""".formatted(departments == null ? "null" : "\"" + departments + "\"",
                nudges == null ? "null" : "\"" + nudges + "\"");
    }

    @Test
    void app_home_offers_the_form_and_the_button_opens_it_with_a_field_per_setting() throws Exception {
        h = new SlackHarness(core, Set.of("UADMIN"), List.of());
        h.postJson(SlackEventsTest.event("EvH", SlackEventsTest.homeOpened("UADMIN")));
        assertThat(h.slack.await("views.publish", 1).get(0).param("view")).contains("\"action_id\":\"largrupp:home_settings\"");

        h.postPayload(press());

        SlackStandIn.Call open = h.slack.await("views.open", 1).get(0);
        assertThat(open.param("trigger_id")).isEqualTo("trig-s");
        assertThat(open.param("view")).contains("\"callback_id\":\"largrupp_settings\"").contains("\"block_id\":\"departments\"")
                .contains("\"block_id\":\"nudges\"").contains("\"block_id\":\"language\"").contains("Avdelningar i anmälan");
    }

    @Test
    void a_value_that_does_not_read_is_shown_at_its_field_and_nothing_changes() throws Exception {
        h = new SlackHarness(core, Set.of("UADMIN"), List.of());

        var response = h.postPayload(submission("Sälj", "10 900"));

        assertThat(response.body()).contains("\"response_action\":\"errors\"").contains("\"nudges\":");
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void the_filled_in_fields_become_settings_commands_and_app_home_shows_them() throws Exception {
        h = new SlackHarness(core, Set.of("UADMIN"), List.of());

        var response = h.postPayload(submission("Sälj, HR", "48 30"));

        assertThat(response.statusCode()).isEqualTo(200);
        h.slack.await("views.publish", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::command).startsWith(
                new Command.Settings(Optional.of("departments"), "Sälj, HR"), new Command.Settings(Optional.of("nudges"), "48 30"));
    }
}
