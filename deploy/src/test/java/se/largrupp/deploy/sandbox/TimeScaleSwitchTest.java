package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Application;
import se.largrupp.deploy.Http;
import se.largrupp.deploy.SandboxChat;
import se.largrupp.deploy.config.Settings;

/**
 * The sandbox's time control on the running application: a round started at real time has its next wake-up almost
 * half an hour ahead; switched to 60×, the same wake-up comes in under half a minute. Read from Quartz's own table
 * right after the switch, so nothing waits for the round's time to pass (the switch itself is
 * {@code TimeScaleSwitchOnQuartzTest}'s, with a clock held still).
 */
class TimeScaleSwitchTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final String database = "scale-" + UUID.randomUUID();
    Application app;

    @BeforeEach
    void start() throws Exception {
        app = Application.start(Settings.of(Map.of("PORT", "0", "DATABASE_URL", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1")));
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

    /** When, in real time, the round wake-ups are due, as Quartz stored them. */
    List<Instant> roundWakeups() throws Exception {
        List<Instant> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + database);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'rounds.turn'")) {
            while (rs.next()) out.add(Instant.ofEpochMilli(rs.getLong(1)));
        }
        return out;
    }

    @Test
    void a_running_rounds_next_wakeup_moves_to_the_new_scale_and_keeps_its_due_time() throws Exception {
        // The group's conversation opens on a wake-up right after the apply: wait (bounded) for it and its welcome.
        String group = new SandboxChat(app.port()).formGroupAsAdmin();

        // Turns of 30 minutes in the default template: the wake-up is the end of the first phase (Situation, 20 %).
        Instant started = Instant.now();
        post("/sandbox/api/command", "{\"me\":\"anders\",\"text\":\"start 30\",\"lang\":\"en\",\"conversation\":\"" + group
                + "\",\"deliveryId\":\"s1\"}");
        Duration warning = Duration.ofMinutes(6);
        assertThat(roundWakeups()).singleElement().satisfies(at ->
                assertThat(at).isBetween(started.plus(warning).minusSeconds(1), Instant.now().plus(warning)));

        Instant switching = Instant.now();
        assertThat(post("/sandbox/api/clock", "{\"scale\":60}").get("scale").asDouble()).isEqualTo(60.0);
        Instant switched = Instant.now();

        // The domain due time is kept: what was 6 minutes ahead (less what passed at 1×) is now 6 seconds ahead.
        Duration passed = Duration.between(started, switched);
        assertThat(roundWakeups()).singleElement().satisfies(at -> assertThat(at).isBetween(
                switching.plus(warning.minus(passed).dividedBy(60)).minusMillis(5), switched.plus(warning.dividedBy(60)).plusMillis(5)));
        assertThat(Http.get(app.port(), "/readyz").statusCode()).as("the new scheduler runs").isEqualTo(200);
    }
}
