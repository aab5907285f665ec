package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackStandIn;
import se.largrupp.slack.support.SocketModeStandIn;

/** With an app token the adapter needs no public URL: it opens a WebSocket to Slack and gets the same payloads there. */
class SlackSocketModeTest {
    @Test
    void with_an_app_token_a_slash_command_arrives_over_the_socket_and_is_acked_there() throws Exception {
        FakeCore core = new FakeCore();
        try (SlackStandIn slack = new SlackStandIn(); SocketModeStandIn socket = new SocketModeStandIn()) {
            slack.socketModeUrl(socket.url());
            SlackAdapter adapter = SlackAdapter.create(new SlackSettings("xoxb-test", null, Optional.of("xapp-test"),
                    slack.apiUrl(), SlackSettings.DEFAULT_COMMANDS, List.of()), core, who -> false, Clock.systemUTC());
            try {
                adapter.start();

                socket.send("""
                        {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
                         "payload":{"token":"x","team_id":"T1","team_domain":"acme","channel_id":"C1","channel_name":"general",
                          "user_id":"U1","user_name":"u1","command":"/lärgrupp","text":"status","api_app_id":"A1",
                          "response_url":"http://127.0.0.1:1/unused","trigger_id":"trig-s"}}""");

                String ack = socket.next();
                assertThat(ack).contains("\"envelope_id\":\"env-1\"").contains("ephemeral").contains("Din lärgrupp");
                assertThat(core.executed()).singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("status");
                    assertThat(e.invocation().deliveryId()).hasValueSatisfying(id -> assertThat(id).matches("slack-command:[0-9a-f]{32}"));
                });
                assertThat(slack.calls("apps.connections.open")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.param("_token")).isEqualTo("xapp-test"));
            } finally {
                adapter.stop();
            }
        }
    }
}
