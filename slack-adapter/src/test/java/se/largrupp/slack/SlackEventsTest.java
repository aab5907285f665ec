package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

class SlackEventsTest {
    FakeCore core = new FakeCore();
    SlackHarness h;

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static String event(String eventId, String eventJson) {
        return """
                {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1700000000,
                 "event":%s}""".formatted(eventId, eventJson);
    }

    static String homeOpened(String user) {
        return "{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}";
    }

    @Test
    void opening_app_home_publishes_my_status_and_the_ground_rules() throws Exception {
        h = new SlackHarness(core);

        var response = h.postJson(event("Ev1", homeOpened("U1")));

        assertThat(response.statusCode()).isEqualTo(200);
        SlackStandIn.Call publish = h.slack.await("views.publish", 1).get(0);
        assertThat(publish.param("user_id")).isEqualTo("U1");
        assertThat(publish.param("view")).contains("\"type\":\"home\"").contains("Din lärgrupp").contains("Frågor först")
                .doesNotContain("home_regroup");
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("status", "rules");
    }

    @Test
    void an_admin_also_sees_the_figures_and_the_regroup_button() throws Exception {
        h = new SlackHarness(core, Set.of("UADMIN"), List.of());

        h.postJson(event("Ev2", homeOpened("UADMIN")));

        SlackStandIn.Call publish = h.slack.await("views.publish", 1).get(0);
        assertThat(publish.param("view")).contains("Administration").contains("Pool").contains("\"action_id\":\"largrupp:home_regroup\"")
                .contains("\"value\":\"regroup\"").as("the programme's settings too").contains("ok: settings");
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("status", "rules", "stats", "settings");
    }

    @Test
    void a_retried_event_is_applied_once() throws Exception {
        h = new SlackHarness(core);
        String dm = event("Ev3", "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\",\"user\":\"U1\",\"text\":\"pause\",\"ts\":\"1.2\",\"team\":\"T1\"}");

        assertThat(h.postJson(dm).statusCode()).isEqualTo(200);
        assertThat(h.postJson(dm, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        h.slack.await("chat.postMessage", 1);
        assertThat(h.postJson(event("Ev4", homeOpened("U1"))).statusCode()).isEqualTo(200);
        assertThat(h.postJson(event("Ev4", homeOpened("U1")), Map.of("X-Slack-Retry-Num", "1")).statusCode()).isEqualTo(200);
        h.slack.await("views.publish", 1);

        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("pause", "status", "rules");
        assertThat(core.executed().get(0).invocation().deliveryId()).contains("slack-event:Ev3");
        SlackStandIn.Call reply = h.slack.calls("chat.postMessage").get(0);
        assertThat(reply.param("channel")).isEqualTo("D1");
        assertThat(reply.param("text")).isEqualTo("ok: pause");
        assertThat(h.slack.calls("views.publish")).hasSize(1);
    }

    @Test
    void messages_in_group_channels_and_from_bots_are_not_read() throws Exception {
        h = new SlackHarness(core);

        h.postJson(event("Ev5", "{\"type\":\"message\",\"channel_type\":\"group\",\"channel\":\"G1\",\"user\":\"U1\",\"text\":\"förtroligt\",\"ts\":\"1.3\"}"));
        h.postJson(event("Ev6", "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\",\"bot_id\":\"B2\",\"text\":\"status\",\"ts\":\"1.4\"}"));

        assertThat(core.executed()).isEmpty();
    }

    @Test
    void every_subscribed_event_is_acknowledged_so_slack_does_not_retry() throws Exception {
        h = new SlackHarness(core);
        List<String> events = List.of(
                "{\"type\":\"member_joined_channel\",\"user\":\"U1\",\"channel\":\"G1\",\"channel_type\":\"G\",\"team\":\"T1\",\"event_ts\":\"1.5\"}",
                "{\"type\":\"app_uninstalled\",\"event_ts\":\"1.6\"}",
                "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"UBOT\"]},\"event_ts\":\"1.7\"}",
                "{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"messages\",\"event_ts\":\"1.8\"}",
                "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\",\"subtype\":\"message_changed\",\"event_ts\":\"1.9\"}");
        int n = 0;
        for (String e : events) {
            assertThat(h.postJson(event("EvAck" + n++, e)).statusCode()).as(e).isEqualTo(200);
        }
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void join_by_direct_message_offers_a_button_that_opens_the_form() throws Exception {
        h = new SlackHarness(core);

        h.postJson(event("EvJ", "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\",\"user\":\"U1\",\"text\":\"join\",\"ts\":\"1.2\",\"team\":\"T1\"}"));

        SlackStandIn.Call offer = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(offer.param("channel")).isEqualTo("D1");
        assertThat(offer.param("blocks")).contains("\"action_id\":\"largrupp:open_join_form\"").contains("\"value\":\"join\"").contains("Fyll i anmälan");

        h.postPayload(SlackInteractivityTest.button("U1", "trig-open", "join", h.slack.responseUrl("open")).replace("G9", "D1"));
        assertThat(h.slack.await("views.open", 1).get(0).param("trigger_id")).isEqualTo("trig-open");
    }
}
