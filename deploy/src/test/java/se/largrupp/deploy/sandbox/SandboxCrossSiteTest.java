package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.config.Settings;

/**
 * Another web site cannot drive the sandbox from a visitor's browser: its API takes only JSON POSTs from its own page.
 * Every refused request changes nothing (the scale stays, the newcomer stays out of the programme).
 */
class SandboxCrossSiteTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static Application app;

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(Settings.of(Map.of(
                "PORT", "0", "DATABASE_URL", "jdbc:h2:mem:cross-site-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static double scale() throws Exception {
        return JSON.readTree(Http.get(app.port(), "/sandbox/api/clock").body()).get("scale").asDouble();
    }

    static boolean inProgramme(String person) throws Exception {
        for (JsonNode p : JSON.readTree(Http.get(app.port(), "/sandbox/api/people").body()))
            if (p.get("id").asText().equals(person)) return p.get("inProgramme").asBoolean();
        throw new AssertionError(person);
    }

    String ownOrigin() {
        return "http://127.0.0.1:" + app.port();
    }

    @Test
    void a_text_plain_post_is_refused_as_unsupported_and_changes_nothing() throws Exception {
        assertThat(post("/sandbox/api/clock", "text/plain", "{\"scale\":3600}").statusCode()).isEqualTo(415);
        assertThat(post("/sandbox/api/clock", "text/plain;charset=UTF-8", "{\"scale\":3600}", "Origin", ownOrigin()).statusCode())
                .isEqualTo(415);
        assertThat(scale()).isEqualTo(1.0);
    }

    @Test
    void a_form_posted_from_another_site_is_refused_and_changes_nothing() throws Exception {
        var r = post("/sandbox/api/join", "application/x-www-form-urlencoded", "me=oskar&department=Evil",
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(inProgramme("oskar")).isFalse();
    }

    @Test
    void json_from_another_origin_is_refused_whichever_header_says_so() throws Exception {
        String join = "{\"me\":\"oskar\",\"department\":\"Evil\",\"lang\":\"en\",\"deliveryId\":\"x1\"}";
        assertThat(post("/sandbox/api/join", "application/json", join, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        // Another port on the same host is the same site, but not the same origin.
        assertThat(post("/sandbox/api/join", "application/json", join, "Origin", "http://127.0.0.1:1").statusCode()).isEqualTo(403);
        assertThat(post("/sandbox/api/join", "application/json", join, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(post("/sandbox/api/join", "application/json", join, "Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
        assertThat(post("/sandbox/api/clock", "application/json", "{\"scale\":3600}", "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(inProgramme("oskar")).isFalse();
        assertThat(scale()).isEqualTo(1.0);
    }

    @Test
    void the_sandbox_page_itself_may_post() throws Exception {
        var r = post("/sandbox/api/command", "application/json; charset=utf-8",
                "{\"me\":\"nora\",\"text\":\"help\",\"lang\":\"en\",\"deliveryId\":\"own-1\"}",
                "Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/posted/conversation").asText()).isEqualTo("sandbox:demo:nora");
    }

    @Test
    void bad_json_is_a_plain_400_that_repeats_nothing_of_it() throws Exception {
        for (String bad : new String[] {"{\"me\": SECRET-token-value", "[1,2]", "\"SECRET-token-value\"", ""}) {
            var r = post("/sandbox/api/command", "application/json", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).doesNotContain("SECRET", "Json", "Exception", "jackson");
        }
        var typed = post("/sandbox/api/clock", "application/json", "{\"scale\":\"3600\"}");
        assertThat(typed.statusCode()).as("a scale that is no number").isEqualTo(409);
        assertThat(post("/sandbox/api/command", "application/json", "{\"me\":7,\"text\":\"help\"}").statusCode()).isEqualTo(400);
        assertThat(scale()).isEqualTo(1.0);
    }
}
