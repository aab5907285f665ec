package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
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
 * The sandbox shows a Troika round: after the demo regrouping, three members of a group run `start 10 troika …` at
 * 120× and the group's conversation shows the template, the phases as they change — the case giver's back turned —
 * and the closing; the meeting counts as held. Polled with bounded deadlines; nothing sleeps for a fixed time.
 */
class SandboxTroikaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final String database = "troika-" + UUID.randomUUID();
    Application app;

    @BeforeEach
    void start() throws Exception {
        app = Application.start(Settings.of(Map.of("PORT", "0", "DATABASE_URL", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void three_members_run_a_troika_round_and_the_conversation_shows_its_phases() throws Exception {
        SandboxChat chat = new SandboxChat(app.port());
        String group = chat.formGroupAsAdmin();
        List<String> three = new ArrayList<>(List.of("anders"));
        var r = Http.get(app.port(), "/sandbox/api/conversations?me=anders");
        for (JsonNode c : JSON.readTree(r.body()))
            if (c.get("ref").asText().equals(group))
                for (JsonNode m : c.get("members")) if (three.size() < 3 && !three.contains(m.asText())) three.add(m.asText());
        assertThat(three).hasSize(3);
        assertThat(Http.post(app.port(), "/sandbox/api/clock", "{\"scale\":120}").statusCode()).isEqualTo(200);

        chat.command("anders", "start 10 troika " + String.join(" ", three), group);

        // 10 minutes each at 120×: 5 s of real time a turn (a wake-up later than a turn would interrupt the round)
        chat.awaitPost(group, "rounds.closing.heading", Duration.ofSeconds(90));
        assertThat(chat.posts(group)).anyMatch(p -> p.contains("Troika") && (p.contains("Ryggen till") || p.contains("Back turned")));
        List<String> phases = chat.posts(group).stream().filter(SandboxChat.matches("method.phase.change")).toList();
        assertThat(phases).hasSize(9); // three phase changes in each of the three turns
        assertThat(phases).anyMatch(p -> p.contains("kamera och mikrofon av") || p.contains("camera and microphone off"));
    }
}
