package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.config.Settings;

/**
 * The demo organisation shows it, through the sandbox's API and the real server on H2: Karin, who heads everyone,
 * joins and the admin regroups — the preview places everyone else and says why Karin waits; then Oskar joins after the
 * regrouping and is placed into a group within the settling time (the page's time control makes it seconds).
 */
class SandboxContinuityTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    Application app;
    int deliveries;

    @BeforeEach
    void start() throws Exception {
        app = Application.start(Settings.of(Map.of(
                "PORT", "0", "DATABASE_URL", "jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    JsonNode say(String me, String text) throws Exception {
        var r = Http.post(app.port(), "/sandbox/api/command",
                JSON.writeValueAsString(Map.of("me", me, "text", text, "lang", "sv", "deliveryId", "c" + (++deliveries))));
        assertThat(r.statusCode()).as(text).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    JsonNode conversations(String me) throws Exception {
        return JSON.readTree(Http.get(app.port(), "/sandbox/api/conversations?me=" + me).body());
    }

    /** Waits, bounded, until what the person sees satisfies the condition: the scheduler's threads must act. */
    JsonNode await(String me, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode seen = conversations(me);
        while (!condition.test(seen) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = conversations(me);
        }
        assertThat(condition.test(seen)).as("what " + me + " sees: " + seen).isTrue();
        return seen;
    }

    static boolean inGroup(JsonNode conversations) {
        for (JsonNode c : conversations) if (!c.get("direct").asBoolean()) return true;
        return false;
    }

    static boolean saysSomewhere(JsonNode conversations, String text) {
        return conversations.toString().contains(text);
    }

    @Test
    void karin_waits_while_everyone_else_is_grouped_and_a_newcomer_after_the_regrouping_is_placed() throws Exception {
        say("karin", "gå med Ledning");
        String preview = say("helena", "omgruppera").at("/posted/text").asText();
        assertThat(preview).contains("Förslag: 3 nya grupper för 9 ledare", "Karin Lindqvist (Ledning)",
                "kan inte placeras den här gången", "Det du kan göra");
        say("helena", "omgruppera verkställ");
        await("anders", SandboxContinuityTest::inGroup);

        assertThat(JSON.readTree(Http.post(app.port(), "/sandbox/api/clock", "{\"scale\":3600}").body()).get("scale").asDouble())
                .isEqualTo(3600.0);
        say("oskar", "gå med Sälj @anders");

        // The group's post and Oskar's own message are two deliveries: wait for both before looking at them.
        JsonNode seen = await("oskar", c -> inGroup(c) && saysSomewhere(c, "Oskar Sjöberg (Sälj) är ny i gruppen")
                && saysSomewhere(c, "Du är med i lärgrupp"));
        assertThat(seen.toString()).contains("Du är med i lärgrupp").doesNotContain("\"members\":[\"anders\"");
        for (JsonNode c : seen) if (!c.get("direct").asBoolean()) assertThat(c.get("members").toString()).doesNotContain("\"anders\"");
        await("karin", c -> saysSomewhere(c, "Du står på väntelistan"));
    }
}
