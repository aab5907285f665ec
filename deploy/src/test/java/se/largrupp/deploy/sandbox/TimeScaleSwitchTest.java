package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.config.Settings;

/** A round started at real time finishes within seconds once the sandbox's clock is switched to 120×. */
class TimeScaleSwitchTest {
    static final ObjectMapper JSON = new ObjectMapper();
    Application app;

    @BeforeEach
    void start() throws Exception {
        app = Application.start(Settings.of(Map.of(
                "PORT", "0", "DATABASE_URL", "jdbc:h2:mem:scale-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    JsonNode post(String path, String body) throws Exception {
        var r = Http.post(app.port(), path, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void pending_wakeups_move_to_the_new_scale() throws Exception {
        post("/sandbox/api/command", "{\"me\":\"helena\",\"text\":\"regroup\",\"lang\":\"en\",\"deliveryId\":\"r1\"}");
        post("/sandbox/api/command", "{\"me\":\"helena\",\"text\":\"regroup apply\",\"lang\":\"en\",\"deliveryId\":\"r2\"}");
        // The group's conversation opens on a wake-up right after the apply: wait for it, within a bound.
        JsonNode conversations = JSON.readTree(Http.get(app.port(), "/sandbox/api/conversations?me=anders").body());
        long opened = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (conversations.size() < 2 && System.nanoTime() < opened) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(50).toNanos());
            conversations = JSON.readTree(Http.get(app.port(), "/sandbox/api/conversations?me=anders").body());
        }
        String group = conversations.get(1).get("ref").asText();

        // Three or four turns of ten minutes each: at 1× the round would last most of an hour.
        post("/sandbox/api/command", "{\"me\":\"anders\",\"text\":\"start 10\",\"lang\":\"en\",\"conversation\":\"" + group
                + "\",\"deliveryId\":\"s1\"}");
        // 300×: a turn lasts two real seconds. (A wake-up later than a whole turn would interrupt the round.)
        post("/sandbox/api/clock", "{\"scale\":300}");

        String last = new Texts().get(Language.SV, "rounds.timeUp.last");
        String lastEn = new Texts().get(Language.EN, "rounds.timeUp.last");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        String seen = "";
        while (Instant.now().isBefore(deadline)) {
            seen = Http.get(app.port(), "/sandbox/api/conversations?me=anders").body();
            if (seen.contains(last) || seen.contains(lastEn)) break;
            Thread.sleep(100);
        }
        assertThat(seen).containsAnyOf(last, lastEn);
    }
}
