package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;

/** The manifest a workspace admin pastes and the adapter agree: every subscribed event is handled, every command routed. */
class SlackManifestTest {
    static final Path MANIFEST = Path.of("..", "deploy", "slack", "manifest.yml");

    static List<String> listUnder(List<String> lines, String key) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.equals(key + ":")) {
                in = true;
            } else if (in && t.startsWith("- ")) {
                out.add(t.substring(2).replaceAll("\\s+#.*", "").strip());
            } else if (in && !t.isEmpty() && !t.startsWith("#")) {
                in = false;
            }
        }
        return out;
    }

    @Test
    void every_subscribed_event_has_a_handler() throws Exception {
        List<String> events = listUnder(Files.readAllLines(MANIFEST), "bot_events");
        assertThat(events).contains("app_home_opened", "message.im");
        try (SlackHarness h = new SlackHarness(new FakeCore())) {
            int n = 0;
            for (String name : events) {
                String type = name.startsWith("message.") ? "message" : name;
                String event = "{\"type\":\"" + type + "\",\"channel_type\":\"im\",\"subtype\":\"bot_message\",\"user\":\"U1\","
                        + "\"channel\":\"D1\",\"tab\":\"messages\",\"tokens\":{},\"event_ts\":\"1.1\"}";
                var response = h.postJson("{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                        + "\"event_id\":\"EvM" + n++ + "\",\"event_time\":1,\"event\":" + event + "}");
                assertThat(response.statusCode()).as(name).isEqualTo(200);
            }
        }
    }

    @Test
    void an_installation_by_add_to_slack_asks_for_the_manifests_bot_scopes() throws Exception {
        List<String> scopes = listUnder(Files.readAllLines(MANIFEST), "bot");
        assertThat(scopes).contains("files:write", "files:read", "users:read.email");
        assertThat(List.of(SlackOAuth.DEFAULT_SCOPES.split(","))).containsExactlyInAnyOrderElementsOf(scopes);
    }

    @Test
    void the_slash_commands_are_the_adapters_defaults_and_point_at_slack_events() throws Exception {
        List<String> lines = Files.readAllLines(MANIFEST);
        List<String> commands = lines.stream().map(String::strip).filter(l -> l.startsWith("- command:"))
                .map(l -> l.substring("- command:".length()).strip()).toList();

        assertThat(commands).containsExactlyElementsOf(SlackSettings.DEFAULT_COMMANDS);
        assertThat(lines).filteredOn(l -> l.contains("url:")).allMatch(l -> l.strip().endsWith("https://YOUR-HOST/slack/events"));
        assertThat(lines).anyMatch(l -> l.strip().equals("socket_mode_enabled: false"));
    }
}
