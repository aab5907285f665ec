package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.config.Settings;

/** With Slack configured (against a local Web API stand-in), serve mounts its endpoint; Teams and the sandbox stay off. */
class AdaptersMountedTest {
    static HttpServer slackApi;
    static Application app;

    @BeforeAll
    static void start() throws Exception {
        slackApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slackApi.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slackApi.start();
        app = Application.start(Settings.of(Map.of(
                "PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:adapters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SLACK_BOT_TOKEN", "xoxb-test",
                "SLACK_SIGNING_SECRET", "test-signing-secret",
                "SLACK_API_URL", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/api/")));
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        slackApi.stop(0);
    }

    @Test
    void slack_events_are_served_and_an_unsigned_request_is_refused() throws Exception {
        var r = Http.post(app.port(), "/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"x\"}");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void teams_says_it_is_off_and_the_sandbox_is_not_mounted_when_not_configured() throws Exception {
        var teams = Http.post(app.port(), "/api/messages", "{}");
        assertThat(teams.statusCode()).isEqualTo(503);
        assertThat(teams.body()).contains("MICROSOFT_APP_ID");
        assertThat(Http.get(app.port(), "/api/messages").statusCode()).isEqualTo(405);
        assertThat(Http.get(app.port(), "/").statusCode()).isEqualTo(404);
        assertThat(Http.get(app.port(), "/readyz").statusCode()).isEqualTo(200);
    }
}
