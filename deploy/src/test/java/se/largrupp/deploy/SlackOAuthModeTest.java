package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.installations.TokenCipher;
import se.largrupp.deploy.config.ConfigProblems;
import se.largrupp.deploy.config.Settings;

/**
 * The server as a distributable Slack app: configured by environment variables alone, it serves the install page and
 * Slack's redirect, keeps the token encrypted, shows it neither in the log nor in /metrics, and refuses to start with
 * another secret key than the one its stored tokens were encrypted with.
 */
class SlackOAuthModeTest {
    static final String KEY = "a-deployment-secret-of-at-least-32-characters";
    static final String TOKEN = "xoxb-T2-very-secret-bot-token";
    HttpServer slackApi;
    Application app;
    final String db = "jdbc:h2:mem:oauth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void slack() throws Exception {
        slackApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slackApi.createContext("/", exchange -> {
            String method = exchange.getRequestURI().getPath().replaceFirst(".*/", "");
            String answer = switch (method) {
                case "oauth.v2.access" -> "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UADMIN\"},\"scope\":\"commands\","
                        + "\"token_type\":\"bot\",\"access_token\":\"" + TOKEN + "\",\"bot_user_id\":\"UBOT\",\"team\":{\"id\":\"T2\"},"
                        + "\"enterprise\":null,\"is_enterprise_install\":false}";
                default -> "{\"ok\":true,\"team_id\":\"T2\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}";
            };
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slackApi.start();
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        slackApi.stop(0);
    }

    Map<String, String> env(String key) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT", "0",
                "LARGRUPP_MANAGEMENT_PORT", "0",
                "DATABASE_URL", db,
                "SLACK_CLIENT_ID", "111.222",
                "SLACK_CLIENT_SECRET", "client-secret-value",
                "SLACK_SIGNING_SECRET", "test-signing-secret",
                "SLACK_API_URL", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/api/"));
        if (key != null) env.put("LARGRUPP_SECRET_KEY", key);
        return env;
    }

    @Test
    void an_install_is_stored_encrypted_and_no_token_is_in_the_log_or_the_metrics() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            assertThat(ConfigProblems.of(Settings.of(env(KEY)))).noneMatch(p -> p.contains("SLACK") || p.contains("SECRET"));
            app = Application.start(Settings.of(env(KEY)));

            HttpResponse<String> page = get("/slack/install", null);
            assertThat(page.statusCode()).isEqualTo(200);
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher state = Pattern.compile("state=([0-9a-f-]+)").matcher(page.body());
            assertThat(state.find()).isTrue();
            HttpResponse<String> back = get("/slack/oauth_redirect?code=abc&state=" + state.group(1), cookie);
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("Lärgrupp är installerad");

            HttpResponse<String> metrics = Http.get(app.managementPort(), "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).doesNotContain("xoxb-").doesNotContain("client-secret-value").doesNotContain(KEY);
            assertThat(log.text()).doesNotContain("xoxb-").doesNotContain("client-secret-value").doesNotContain(KEY);
            assertThat(Http.get(app.port(), "/readyz").statusCode()).isEqualTo(200);
        }
        app.stop();
        app = null;

        assertThatThrownBy(() -> app = Application.start(Settings.of(env("another-secret-of-at-least-32-characters-x"))))
                .isInstanceOf(TokenCipher.WrongKey.class).hasMessageContaining("LARGRUPP_SECRET_KEY");
    }

    @Test
    void the_oauth_mode_is_refused_without_a_long_enough_secret_key() {
        assertThat(ConfigProblems.of(Settings.of(env(null)))).anyMatch(p -> p.contains("LARGRUPP_SECRET_KEY"));
        assertThat(ConfigProblems.of(Settings.of(env("short")))).anyMatch(p -> p.contains("at least 32 characters"));
        Map<String, String> half = env(KEY);
        half.remove("SLACK_CLIENT_SECRET");
        assertThat(ConfigProblems.of(Settings.of(half))).anyMatch(p -> p.contains("SLACK_CLIENT_SECRET"));
        Settings oauth = Settings.of(env(KEY));
        assertThat(oauth.slackConfigured()).isTrue();
        assertThat(oauth.sandbox()).isFalse();
        assertThat(oauth.describe()).noneMatch(l -> l.contains("client-secret-value") || l.contains(KEY));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Accept-Language", "sv-SE").timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
