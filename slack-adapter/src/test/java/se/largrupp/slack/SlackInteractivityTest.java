package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

class SlackInteractivityTest {
    FakeCore core = new FakeCore();
    SlackHarness h;

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static String button(String user, String trigger, String value, String responseUrl) {
        return """
                {"type":"block_actions","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"%s","username":"%s","name":"%s","team_id":"T1"},"api_app_id":"A1","token":"x",
                 "container":{"type":"message","message_ts":"1.1","channel_id":"G9","is_ephemeral":false},
                 "trigger_id":"%s","channel":{"id":"G9","name":"privategroup"},
                 "message":{"type":"message","ts":"1.1","text":"Nu är det Åsas tur"},
                 "response_url":"%s",
                 "actions":[{"action_id":"largrupp:rounds-next","block_id":"b1","text":{"type":"plain_text","text":"Nästa"},
                   "value":"%s","type":"button","action_ts":"1.2"}]}"""
                .formatted(user, user, user, trigger, responseUrl, value);
    }

    static String joinSubmission(String user, String department, String manager, String language) {
        return """
                {"type":"view_submission","team":{"id":"T1","domain":"acme"},
                 "user":{"id":"%s","username":"%s","name":"%s","team_id":"T1"},"api_app_id":"A1","token":"x","trigger_id":"trig-v",
                 "view":{"id":"V-%s","team_id":"T1","type":"modal","callback_id":"largrupp_join","private_metadata":"sv\\nC1\\n","hash":"h",
                  "state":{"values":{
                   "department":{"value":{"type":"plain_text_input","value":%s}},
                   "manager":{"value":{"type":"users_select","selected_user":%s}},
                   "language":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"x"},"value":"%s"}}}}}},
                 "response_urls":[]}"""
                .formatted(user, user, user, user, department == null ? "null" : "\"" + department + "\"",
                        manager == null ? "null" : "\"" + manager + "\"", language);
    }

    @Test
    void a_button_runs_its_command_for_the_presser_in_the_channel_of_the_message() throws Exception {
        h = new SlackHarness(core);

        var response = h.postPayload(button("U1", "trig-a", "next", h.slack.responseUrl("a")));

        assertThat(response.statusCode()).isEqualTo(200);
        SlackStandIn.Call answer = h.slack.await("response_url", 1).get(0);
        assertThat(answer.body()).contains("\"response_type\":\"in_channel\"").contains("\"replace_original\":false")
                .contains("Nu är det Bertils tur.");
        assertThat(core.executed()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("next");
            assertThat(e.invocation().conversation()).isEqualTo(new ConversationRef("slack:T1:G9"));
            assertThat(e.invocation().deliveryId()).contains("slack-action:trig-a");
        });
    }

    @Test
    void a_non_member_pressing_next_gets_an_ephemeral_refusal() throws Exception {
        h = new SlackHarness(core);

        h.postPayload(button("UOUT", "trig-b", "next", h.slack.responseUrl("b")));

        SlackStandIn.Call answer = h.slack.await("response_url", 1).get(0);
        assertThat(answer.body()).contains("\"response_type\":\"ephemeral\"").contains("Du är inte med i den här gruppen.");
        assertThat(h.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void the_same_press_delivered_twice_is_applied_once() throws Exception {
        h = new SlackHarness(core);

        h.postPayload(button("U1", "trig-c", "rsvp yes", h.slack.responseUrl("c")));
        h.postPayload(button("U1", "trig-c", "rsvp yes", h.slack.responseUrl("c")));

        h.slack.await("response_url", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("rsvp yes");
    }

    @Test
    void a_select_runs_the_command_of_the_chosen_option() throws Exception {
        h = new SlackHarness(core);
        String select = button("U1", "trig-d", "x", h.slack.responseUrl("d"))
                .replace("\"value\":\"x\",\"type\":\"button\"",
                        "\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Svenska\"},\"value\":\"language sv\"}");

        h.postPayload(select);

        h.slack.await("response_url", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("language sv");
    }

    @Test
    void an_action_the_adapter_never_rendered_is_acknowledged_and_runs_nothing() throws Exception {
        h = new SlackHarness(core);
        String foreign = button("U1", "trig-f", "leave", h.slack.responseUrl("f"))
                .replace("\"action_id\":\"largrupp:rounds-next\"", "\"action_id\":\"approve_expense\"")
                .replace("\"text\":\"Nu är det Åsas tur\"", "\"text\":\"Godkänn utlägg\",\"bot_id\":\"BOTHER\"");

        var response = h.postPayload(foreign);
        h.postPayload(button("U1", "trig-g", "next", h.slack.responseUrl("g")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        h.slack.await("response_url", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("next");
        assertThat(h.slack.calls("response_url")).extracting(c -> c.param("path")).containsExactly("/response/g");
    }

    @Test
    void a_button_on_a_message_the_bot_posted_before_action_ids_were_tagged_still_runs() throws Exception {
        h = new SlackHarness(core);
        String old = button("U1", "trig-o", "next", h.slack.responseUrl("o"))
                .replace("\"action_id\":\"largrupp:rounds-next\"", "\"action_id\":\"rounds-next\"")
                .replace("\"text\":\"Nu är det Åsas tur\"", "\"text\":\"Nu är det Åsas tur\",\"bot_id\":\"BBOT\"");

        h.postPayload(old);

        h.slack.await("response_url", 1);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("next");
    }

    @Test
    void a_valid_join_form_becomes_the_join_command_and_its_answer_replaces_the_form() throws Exception {
        h = new SlackHarness(core);

        var response = h.postPayload(joinSubmission("U1", "Ekonomi & Öl", "U9", "en"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_action\":\"update\"").contains("Välkommen, Ledare U1!");
        h.slack.await("views.publish", 1); // and App Home shows the new membership
        assertThat(core.executed()).extracting(e -> e.text().split(" ")[0]).containsExactly("join", "status", "rules");
        assertThat(core.executed()).first().satisfies(e -> {
            assertThat(e.command()).isEqualTo(new Command.Join(Optional.of("Ekonomi & Öl"), Optional.of("<@U9>"), Optional.of(Language.EN)));
            assertThat(e.invocation().deliveryId()).contains("slack-view:V-U1");
        });
    }

    @Test
    void a_join_form_without_department_shows_the_error_next_to_the_field_and_joins_nobody() throws Exception {
        h = new SlackHarness(core);

        var response = h.postPayload(joinSubmission("U1", null, "U9", "sv"));

        assertThat(response.body()).contains("\"response_action\":\"errors\"")
                .contains("\"department\":\"Skriv vilken avdelning du hör till.\"");
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void choosing_yourself_as_manager_is_refused_next_to_the_manager_field() throws Exception {
        h = new SlackHarness(core);

        var response = h.postPayload(joinSubmission("U1", "IT", "U1", "en"));

        assertThat(response.body()).contains("\"response_action\":\"errors\"").contains("\"manager\":\"Du kan inte vara din egen chef.\"");
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void with_a_configured_department_list_the_form_offers_it_and_refuses_others() throws Exception {
        h = new SlackHarness(core, Set.of(), List.of("Ekonomi", "IT", "Produktion"));
        h.postForm(SlackHarness.form(SlackHarness.slashCommand("/lärgrupp", "U1", "join", "trig-j")));

        SlackStandIn.Call open = h.slack.await("views.open", 1).get(0);
        assertThat(open.param("view")).contains("\"block_id\":\"department\"").contains("static_select").contains("Produktion");

        var response = h.postPayload(joinSubmission("U1", "Marknad", null, "sv"));
        assertThat(response.body()).contains("\"department\":\"Välj en avdelning i listan.\"");
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("join");
    }
}
