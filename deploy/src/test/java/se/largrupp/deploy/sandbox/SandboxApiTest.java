package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.config.Settings;

/** The sandbox's JSON API and event stream over real HTTP, through the real core on H2. */
class SandboxApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Application app;

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(Settings.of(Map.of(
                "PORT", "0", "DATABASE_URL", "jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static JsonNode get(String path) throws Exception {
        var r = Http.get(app.port(), path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonNode post(String path, String body) throws Exception {
        var r = Http.post(app.port(), path, body);
        assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 409);
        return JSON.readTree(r.body());
    }

    @Test
    void beside_the_sandbox_the_unconfigured_teams_endpoint_says_it_is_off_as_the_readme_does() throws Exception {
        var r = Http.post(app.port(), "/api/messages", "{\"type\":\"message\"}");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("MICROSOFT_APP_ID").contains("TEAMS_DEV_MODE");
        assertThat(Http.get(app.port(), "/api/messages").statusCode()).isEqualTo(405);
    }

    @Test
    void the_demo_organisation_is_seeded_with_members_newcomers_and_an_admin() throws Exception {
        JsonNode people = get("/sandbox/api/people");
        assertThat(people.size()).isEqualTo(14);
        assertThat(people.findValuesAsText("id")).contains("helena", "oskar", "anders");
        for (JsonNode p : people) {
            if (p.get("id").asText().equals("anders")) assertThat(p.get("inProgramme").asBoolean()).isTrue();
            if (p.get("id").asText().equals("helena")) assertThat(p.get("admin").asBoolean()).isTrue();
        }
    }

    @Test
    void a_typed_join_opens_the_form_and_the_form_joins_with_department_and_manager() throws Exception {
        JsonNode form = post("/sandbox/api/command", "{\"me\":\"david\",\"text\":\"join\",\"lang\":\"en\",\"deliveryId\":\"j1\"}");
        assertThat(form.get("form").asText()).isEqualTo("join");
        assertThat(form.get("department").asText()).isEqualTo("Produkt");
        assertThat(form.get("manager").asText()).isEqualTo("maria");

        JsonNode joined = post("/sandbox/api/join",
                "{\"me\":\"david\",\"department\":\"Produkt\",\"manager\":\"maria\",\"lang\":\"en\",\"deliveryId\":\"j2\"}");
        assertThat(joined.at("/posted/conversation").asText()).isEqualTo("sandbox:demo:david");
        assertThat(joined.at("/posted/onlyFor").asText()).isEqualTo("david");

        JsonNode conversations = get("/sandbox/api/conversations?me=david");
        assertThat(conversations.get(0).get("direct").asBoolean()).isTrue();
        assertThat(conversations.get(0).get("messages").size()).isGreaterThanOrEqualTo(1);
        assertThat(get("/sandbox/api/people").findParents("id").stream()
                .filter(p -> p.get("id").asText().equals("david")).findFirst().orElseThrow()
                .get("inProgramme").asBoolean()).isTrue();
    }

    @Test
    void the_page_gets_its_texts_in_swedish_and_english() throws Exception {
        assertThat(get("/sandbox/api/texts?lang=sv").get("banner").asText()).startsWith("Sandlådeläge");
        assertThat(get("/sandbox/api/texts?lang=en").get("banner").asText()).startsWith("Sandbox mode");
        var page = Http.get(app.port(), "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/sandbox/app.js\">");
    }

    @Test
    void a_reply_arrives_on_the_event_stream_of_the_person_who_sees_it() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/sandbox/api/events?me=nora")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("retry: 1000");
            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line; (line = lines.readLine()) != null; ) if (line.startsWith("event: message")) return lines.readLine();
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            post("/sandbox/api/command", "{\"me\":\"nora\",\"text\":\"help\",\"lang\":\"sv\",\"deliveryId\":\"h1\"}");
            String data = event.get(10, TimeUnit.SECONDS);
            assertThat(JSON.readTree(data.substring("data: ".length())).get("conversation").asText()).isEqualTo("sandbox:demo:nora");
        }
    }

    @Test
    void the_time_scale_changes_while_running_and_the_scheduler_stays_ready() throws Exception {
        assertThat(post("/sandbox/api/clock", "{\"scale\":120}").get("scale").asDouble()).isEqualTo(120.0);
        assertThat(get("/sandbox/api/clock").get("scale").asDouble()).isEqualTo(120.0);
        assertThat(Http.get(app.port(), "/readyz").statusCode()).isEqualTo(200);
        assertThat(post("/sandbox/api/clock", "{\"scale\":1}").get("scale").asDouble()).isEqualTo(1.0);
        assertThat(Http.post(app.port(), "/sandbox/api/clock", "{\"scale\":0}").statusCode()).isEqualTo(409);
    }

    @Test
    void an_unknown_person_is_refused() throws Exception {
        assertThat(Http.post(app.port(), "/sandbox/api/command", "{\"me\":\"mallory\",\"text\":\"help\"}").statusCode()).isEqualTo(400);
    }
}
