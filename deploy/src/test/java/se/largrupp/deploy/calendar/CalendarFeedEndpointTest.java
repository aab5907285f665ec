package se.largrupp.deploy.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.SandboxChat;
import se.largrupp.deploy.config.Settings;

/**
 * The feed endpoint of a real server (the sandbox on H2), over HTTP: a leader asks for {@code calendar} in the chat
 * and a calendar app fetches the link it got.
 */
class CalendarFeedEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+(/calendar/[A-Za-z0-9_-]{43}\\.ics)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    static Application app;
    static String group;

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(Settings.of(Map.of("PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
        SandboxChat chat = new SandboxChat(app.port());
        group = chat.formGroupAsAdmin();
        chat.command("anders", "schedule tuesday 12:00 every 2 weeks", group);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static JsonNode command(String me, String text) throws Exception {
        String body = JSON.createObjectNode().put("me", me).put("text", text).put("lang", "en")
                .put("deliveryId", UUID.randomUUID().toString()).toString();
        var r = Http.post(app.port(), "/sandbox/api/command", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String path(JsonNode reply) {
        Matcher m = LINK.matcher(reply.at("/posted/text").asText());
        assertThat(m.find()).as(reply.toString()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        headers.forEach(b::header);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_link_from_the_chat_serves_a_calendar_with_an_etag_for_conditional_requests_and_head() throws Exception {
        JsonNode reply = command("anders", "calendar");
        String path = path(reply);
        assertThat(reply.at("/posted/text").asText()).contains("webcal://127.0.0.1:");
        assertThat(reply.at("/posted/onlyFor").asText()).isEqualTo("anders");
        JsonNode attachment = null;
        for (JsonNode b : reply.at("/posted/blocks")) if (b.path("type").asText().equals("attachment")) attachment = b;
        assertThat(attachment).as("the .ics offered as a download").isNotNull();
        assertThat(attachment.path("fileName").asText()).endsWith(".ics");
        assertThat(attachment.path("content").asText()).startsWith("BEGIN:VCALENDAR");

        HttpResponse<String> r = send("GET", path, Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.toLowerCase()).isEqualTo("text/calendar; charset=utf-8"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(r.body()));
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(r.body()).contains("RRULE:FREQ=WEEKLY;INTERVAL=2").contains("BEGIN:VTIMEZONE").doesNotContain("Anders");

        assertThat(send("GET", path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        HttpResponse<String> head = send("HEAD", path, Map.of());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).contains(etag);

        command("anders", "skip"); // the next meeting is skipped: the feed changes
        HttpResponse<String> changed = send("GET", path, Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("EXDATE;TZID=");
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void unknown_malformed_and_revoked_links_get_a_bare_404() throws Exception {
        assertThat(send("GET", "/calendar/" + "A".repeat(43) + ".ics", Map.of()).statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = send("GET", "/calendar/../etc/passwd", Map.of());
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(send("GET", "/calendar/", Map.of()).body()).isEmpty();

        String member = new SandboxChat(app.port()).otherMember(group);
        String old = path(command(member, "calendar"));
        assertThat(send("GET", old, Map.of()).statusCode()).isEqualTo(200);
        String renewed = path(command(member, "calendar new link"));
        assertThat(renewed).isNotEqualTo(old);
        HttpResponse<String> revoked = send("GET", old, Map.of());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        assertThat(send("GET", renewed, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_asked_for_too_often_is_told_to_wait() throws Exception {
        String path = "/calendar/" + "B".repeat(43) + ".ics";
        for (int i = 0; i < CalendarFeedServlet.PER_WINDOW; i++) assertThat(send("GET", path, Map.of()).statusCode()).isEqualTo(404);
        HttpResponse<String> limited = send("GET", path, Map.of());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(s -> assertThat(s).isBetween(1L, 600L));
    }
}
