package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.deploy.ServeProcesses.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * The sandbox as its page uses it, against a {@code serve} process on a port: commands as people of the demo
 * organisation, and the messages a person sees. For the process tests that stop or kill a server mid-round.
 */
public final class SandboxChat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Texts TEXTS = new Texts();
    private final int port;

    public SandboxChat(int port) {
        this.port = port;
    }

    /**
     * The demo admin regroups; returns the conversation of the group anders is in, once it is open and its welcome
     * has arrived (a wake-up opens it after the apply).
     */
    public String formGroupAsAdmin() throws Exception {
        command("helena", "regroup", null);
        command("helena", "regroup apply", null);
        String[] group = new String[1];
        eventually(() -> {
            try {
                JsonNode c = conversations("anders");
                if (c.size() < 2 || c.get(1).get("messages").isEmpty()) return false;
                group[0] = c.get(1).get("ref").asText();
                return true;
            } catch (Exception | AssertionError e) {
                return false;
            }
        }, Duration.ofSeconds(20));
        return group[0];
    }

    public String otherMember(String group) throws Exception {
        for (JsonNode c : conversations("anders"))
            if (c.get("ref").asText().equals(group))
                for (JsonNode m : c.get("members")) if (!m.asText().equals("anders")) return m.asText();
        throw new AssertionError("anders's group has nobody else");
    }

    public void command(String me, String text, String conversation) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("me", me);
        body.put("text", text);
        body.put("lang", "en");
        body.put("deliveryId", me + "-" + text.replace(' ', '-'));
        if (conversation != null) body.put("conversation", conversation);
        var r = Http.post(port, "/sandbox/api/command", JSON.writeValueAsString(body));
        assertThat(r.statusCode()).as(text + ": " + r.body()).isEqualTo(200);
    }

    private JsonNode conversations(String me) throws Exception {
        var r = Http.get(port, "/sandbox/api/conversations?me=" + me);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The group's messages as anders sees them in the running process; polled, so a failed read is "nothing yet". */
    private List<JsonNode> messages(String group) {
        try {
            for (JsonNode c : conversations("anders"))
                if (c.get("ref").asText().equals(group)) return StreamSupport.stream(c.get("messages").spliterator(), false).toList();
        } catch (Exception | AssertionError e) {
            return List.of();
        }
        return List.of();
    }

    public void awaitPost(String group, String key, Duration limit) throws InterruptedException {
        try {
            eventually(() -> posts(group).stream().anyMatch(matches(key)), limit);
        } catch (AssertionError e) {
            throw new AssertionError(key + " not within " + limit + "; posts: " + posts(group) + "; cards: " + cards(group));
        }
    }

    /** The turn card: with buttons while the round is open, "the round is over" at the end. The rest are posts. */
    private static boolean isCard(JsonNode message) {
        for (JsonNode b : message.get("blocks")) if (b.get("type").asText().equals("actions")) return true;
        return matches("rounds.card.done").test(message.get("text").asText());
    }

    public List<String> posts(String group) {
        return messages(group).stream().filter(m -> !isCard(m)).map(m -> m.get("text").asText()).toList();
    }

    public List<String> cards(String group) {
        return messages(group).stream().filter(SandboxChat::isCard).map(m -> m.get("text").asText()).toList();
    }

    /** A message starts with the text {@code key}, in Swedish or English, whatever fills its placeholders. */
    public static Predicate<String> matches(String key) {
        List<Pattern> patterns = new ArrayList<>();
        for (Language lang : Language.values()) {
            String marked = TEXTS.get(lang, key, "\u0001", "\u0001", "\u0001");
            StringBuilder regex = new StringBuilder();
            for (String part : marked.split("\u0001", -1)) {
                if (!regex.isEmpty()) regex.append(".+?");
                regex.append(Pattern.quote(part));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
        return text -> patterns.stream().anyMatch(p -> p.matcher(text).lookingAt());
    }

    /**
     * The outbox rows of the (only) round in a stopped server's H2 file, by idempotency key without
     * {@code round:<id>:}, with their status.
     */
    public static Map<String, String> roundOutbox(Path h2File) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2File.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idempotency_key, status FROM outbox WHERE idempotency_key LIKE 'round:%' ORDER BY id")) {
            while (rs.next()) {
                String key = rs.getString(1);
                assertThat(out.put(key.substring(key.indexOf(':', "round:".length()) + 1), rs.getString(2))).as(key).isNull();
            }
        }
        return out;
    }
}
