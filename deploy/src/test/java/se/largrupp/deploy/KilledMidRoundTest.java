package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.deploy.ServeProcesses.awaitReady;
import static se.largrupp.deploy.ServeProcesses.eventually;
import static se.largrupp.deploy.ServeProcesses.freePort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * Issue 4's promise, with real processes: {@code serve} in sandbox mode on an H2 file at time scale 60 is killed with
 * SIGKILL in the middle of a round and started again on the same file. The sandbox keeps its chat in memory, so what
 * the restarted process shows in the group's conversation is exactly what it delivered after the restart.
 */
class KilledMidRoundTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Texts TEXTS = new Texts();
    /** A minute lasts a second. */
    static final int SCALE = 60;

    @TempDir
    Path dir;
    int port;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void choosePort() throws Exception {
        port = freePort();
    }

    @AfterEach
    void killAll() throws Exception {
        for (Process p : processes) p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void after_a_kill_mid_turn_the_restarted_process_delivers_the_remaining_turn_messages_once_each() throws Exception {
        Process first = serve();
        String group = formGroupAsAdmin();
        // Two turns of 12 minutes (12 real seconds): the restart must be up before turn 1 is a whole turn overdue.
        command("anders", "start 12 anders " + otherMember(group), group);
        eventually(() -> !cards(group).isEmpty(), Duration.ofSeconds(10));
        eventually(this::roundRunningOnDisk, Duration.ofSeconds(10));
        assertThat(first.isAlive()).isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, in turn 1

        Process second = serve();
        awaitPost(group, "rounds.closing.heading", Duration.ofSeconds(60));

        List<String> posts = posts(group);
        assertThat(posts).filteredOn(matches("rounds.timeUp.next")).as("turn 1's time's up, after the restart").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.timeUp.last")).as("turn 2's time's up").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.warning")).as("turn 2's warning, perhaps turn 1's").hasSizeBetween(1, 2);
        assertThat(posts).filteredOn(matches("rounds.interrupted")).as("nothing was late by a whole turn").isEmpty();
        assertThat(posts).as("no message twice").doesNotHaveDuplicates();
        assertThat(cards(group)).as("one turn card, edited in place").hasSize(1);

        stop(second);
        Map<String, String> round = roundOutbox();
        assertThat(round).containsKeys("start", "turn:1:time-up", "turn:2:time-up", "closing");
        assertThat(round.keySet()).noneMatch(k -> k.endsWith(":interrupted"));
        assertThat(round.values()).as("every message of the round delivered").containsOnly("delivered");
    }

    @Test
    void a_turn_end_missed_by_more_than_a_turn_becomes_one_interrupted_message_after_the_restart() throws Exception {
        Process first = serve();
        String group = formGroupAsAdmin();
        // Turns of 3 minutes (3 real seconds), and every member takes one: the round is still running at the kill.
        int minutes = 3;
        command("anders", "start " + minutes, group);
        eventually(() -> !cards(group).isEmpty(), Duration.ofSeconds(10));
        eventually(this::roundRunningOnDisk, Duration.ofSeconds(10));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Instant killed = Instant.now();

        // Down until the running turn's end (at most one turn after the kill) is more than a turn ago: two turns
        // and a margin of domain time, as the clock the restarted process continues (its origin is in the database).
        Duration twoTurnsAndMargin = Duration.ofMinutes(2L * minutes + 1).dividedBy(SCALE);
        eventually(() -> Instant.now().isAfter(killed.plus(twoTurnsAndMargin)), Duration.ofSeconds(10));
        Process second = serve();
        awaitPost(group, "rounds.interrupted", Duration.ofSeconds(30));
        // The interrupted card follows the interrupted message; after it the round waits for `next` and sends nothing.
        eventually(() -> cards(group).stream().anyMatch(matches("rounds.interrupted")), Duration.ofSeconds(10));

        List<String> posts = posts(group);
        assertThat(posts).filteredOn(matches("rounds.interrupted")).hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.timeUp.next").or(matches("rounds.timeUp.last")))
                .as("no turn message more than a turn late").isEmpty();

        stop(second);
        Map<String, String> round = roundOutbox();
        assertThat(round.keySet()).filteredOn(k -> k.endsWith(":interrupted")).hasSize(1);
        assertThat(round.values()).containsOnly("delivered");
    }

    // --- the process ---

    private Process serve() throws Exception {
        Process p = ServeProcesses.serve(Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE",
                "LARGRUPP_TIME_SCALE", String.valueOf(SCALE)), dir);
        processes.add(p);
        awaitReady(port);
        return p;
    }

    /** SIGTERM and wait, so the H2 file is closed and can be read. */
    private static void stop(Process p) throws Exception {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    }

    /**
     * Whether the database file as it is on disk now has the round running and every message delivered. H2 writes
     * commits to its file up to a second later, and a SIGKILL loses what is not written yet; the promise is about a
     * round in progress, so the kill waits for that. The file is locked while the process runs: read a copy.
     */
    private boolean roundRunningOnDisk() {
        Path copy = dir.resolve("probe-" + System.nanoTime());
        try {
            Files.createDirectories(copy);
            Files.copy(dir.resolve("largrupp.mv.db"), copy.resolve("largrupp.mv.db"));
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("largrupp").toAbsolutePath());
                 Statement s = c.createStatement()) {
                return count(s, "SELECT COUNT(*) FROM rounds WHERE status = 'RUNNING'") == 1
                        && count(s, "SELECT COUNT(*) FROM outbox WHERE status <> 'delivered'") == 0;
            }
        } catch (Exception e) {
            return false; // not written yet, or copied mid-write
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The outbox rows of the (only) round, by idempotency key without {@code round:<id>:}, with their status. */
    private Map<String, String> roundOutbox() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idempotency_key, status FROM outbox WHERE idempotency_key LIKE 'round:%' ORDER BY id")) {
            while (rs.next()) {
                String key = rs.getString(1);
                assertThat(out.put(key.substring(key.indexOf(':', "round:".length()) + 1), rs.getString(2))).as(key).isNull();
            }
        }
        return out;
    }

    // --- the sandbox, as its page uses it ---

    /**
     * The demo admin regroups; returns the conversation of the group anders is in, once it is open and its welcome
     * (written in the transaction that stores the conversation) has arrived: a wake-up opens it after the apply.
     */
    private String formGroupAsAdmin() throws Exception {
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

    private String otherMember(String group) throws Exception {
        for (JsonNode c : conversations("anders"))
            if (c.get("ref").asText().equals(group))
                for (JsonNode m : c.get("members")) if (!m.asText().equals("anders")) return m.asText();
        throw new AssertionError("anders's group has nobody else");
    }

    private void command(String me, String text, String conversation) throws Exception {
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

    private void awaitPost(String group, String key, Duration limit) throws InterruptedException {
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

    private List<String> posts(String group) {
        return messages(group).stream().filter(m -> !isCard(m)).map(m -> m.get("text").asText()).toList();
    }

    private List<String> cards(String group) {
        return messages(group).stream().filter(KilledMidRoundTest::isCard).map(m -> m.get("text").asText()).toList();
    }

    /** A message starts with the text {@code key}, in Swedish or English, whatever fills its placeholders. */
    private static Predicate<String> matches(String key) {
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
}
