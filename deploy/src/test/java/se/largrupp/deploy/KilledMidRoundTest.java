package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.deploy.SandboxChat.matches;
import static se.largrupp.deploy.ServeProcesses.awaitReady;
import static se.largrupp.deploy.ServeProcesses.eventually;
import static se.largrupp.deploy.ServeProcesses.freePort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's promise, with real processes: {@code serve} in sandbox mode on an H2 file is killed with SIGKILL in the
 * middle of a round and started again on the same file. The sandbox keeps its chat in memory, so what
 * the restarted process shows in the group's conversation is exactly what it delivered after the restart.
 */
class KilledMidRoundTest {
    /** A minute lasts a second. */
    static final int SCALE = 60;

    @TempDir
    Path dir;
    int port;
    SandboxChat chat;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void choosePort() throws Exception {
        port = freePort();
        chat = new SandboxChat(port);
    }

    @AfterEach
    void killAll() throws Exception {
        for (Process p : processes) p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void after_a_kill_mid_turn_the_restarted_process_delivers_the_remaining_turn_messages_once_each() throws Exception {
        // At real time, however long the kill and the restart take on a busy machine is nothing against a six-minute
        // turn; once restarted, the sandbox's time control makes a minute last a second for the rest of the round.
        Process first = serve(1);
        String group = chat.formGroupAsAdmin();
        chat.command("anders", "start 6 anders " + chat.otherMember(group), group);
        eventually(() -> !chat.cards(group).isEmpty(), Duration.ofSeconds(10));
        eventually(this::roundRunningOnDisk, Duration.ofSeconds(10));
        assertThat(first.isAlive()).isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, in turn 1

        Process second = serve(1);
        var faster = Http.post(port, "/sandbox/api/clock", "{\"scale\":" + SCALE + "}");
        assertThat(faster.statusCode()).as(faster.body()).isEqualTo(200);
        chat.awaitPost(group, "rounds.closing.heading", Duration.ofSeconds(60));

        List<String> posts = chat.posts(group);
        assertThat(posts).filteredOn(matches("rounds.timeUp.next")).as("turn 1's time's up, after the restart").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.timeUp.last")).as("turn 2's time's up").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.warning")).as("the warnings, turn 1's after the restart").hasSize(2);
        assertThat(posts).filteredOn(matches("rounds.interrupted")).as("nothing was late by a whole turn").isEmpty();
        assertThat(posts).as("no message twice").doesNotHaveDuplicates();
        assertThat(chat.cards(group)).as("one turn card, edited in place").hasSize(1);

        stop(second);
        Map<String, String> round = roundOutbox();
        assertThat(round).containsKeys("start", "turn:1:time-up", "turn:2:time-up", "closing");
        assertThat(round.keySet()).noneMatch(k -> k.endsWith(":interrupted"));
        assertThat(round.values()).as("every message of the round delivered").containsOnly("delivered");
    }

    @Test
    void a_turn_end_missed_by_more_than_a_turn_becomes_one_interrupted_message_after_the_restart() throws Exception {
        Process first = serve(SCALE);
        String group = chat.formGroupAsAdmin();
        // Turns of 3 minutes (3 real seconds), and every member takes one: the round is still running at the kill.
        int minutes = 3;
        chat.command("anders", "start " + minutes, group);
        eventually(() -> !chat.cards(group).isEmpty(), Duration.ofSeconds(10));
        eventually(this::roundRunningOnDisk, Duration.ofSeconds(10));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Instant killed = Instant.now();

        // Down until the running turn's end (at most one turn after the kill) is more than a turn ago: two turns
        // and a margin of domain time, as the clock the restarted process continues (its origin is in the database).
        Duration twoTurnsAndMargin = Duration.ofMinutes(2L * minutes + 1).dividedBy(SCALE);
        eventually(() -> Instant.now().isAfter(killed.plus(twoTurnsAndMargin)), Duration.ofSeconds(10));
        Process second = serve(SCALE);
        chat.awaitPost(group, "rounds.interrupted", Duration.ofSeconds(30));
        // The interrupted card follows the interrupted message; after it the round waits for `next` and sends nothing.
        eventually(() -> chat.cards(group).stream().anyMatch(matches("rounds.interrupted")), Duration.ofSeconds(10));

        List<String> posts = chat.posts(group);
        assertThat(posts).filteredOn(matches("rounds.interrupted")).hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.timeUp.next").or(matches("rounds.timeUp.last")))
                .as("no turn message more than a turn late").isEmpty();

        stop(second);
        Map<String, String> round = roundOutbox();
        assertThat(round.keySet()).filteredOn(k -> k.endsWith(":interrupted")).hasSize(1);
        assertThat(round.values()).containsOnly("delivered");
    }

    // --- the process ---

    private Process serve(int scale) throws Exception {
        Process p = ServeProcesses.serve(Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE",
                "LARGRUPP_TIME_SCALE", String.valueOf(scale)), dir);
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

    private Map<String, String> roundOutbox() throws Exception {
        return SandboxChat.roundOutbox(dir.resolve("largrupp"));
    }
}
