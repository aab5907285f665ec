package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.deploy.SandboxChat.matches;
import static se.largrupp.deploy.ServeProcesses.awaitReady;
import static se.largrupp.deploy.ServeProcesses.eventually;
import static se.largrupp.deploy.ServeProcesses.freePort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop, with real processes: {@code serve} in sandbox mode, on an H2 URL given without
 * {@code DB_CLOSE_ON_EXIT=FALSE}, gets SIGTERM while a round runs. The stop logs no warning and no error (H2's own
 * shutdown hook must not close the database under the scheduler and the outbox sender), and a restart on the same
 * file carries the round on to its end by its own wake-ups.
 *
 * <p>The server runs at real time, so however long the stop and the restart take on a busy machine, it is nothing
 * against a six-minute turn; once restarted, the sandbox's time control makes a minute last a second, and the
 * round's stored wake-ups finish it.
 */
class StoppedMidRoundTest {
    /** After the restart a minute lasts a second. */
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
    void sigterm_mid_round_stops_without_a_warning_and_the_restarted_process_finishes_the_round() throws Exception {
        Process first = serve();
        String group = chat.formGroupAsAdmin();
        chat.command("anders", "start 6 anders " + chat.otherMember(group), group);
        eventually(() -> !chat.cards(group).isEmpty(), Duration.ofSeconds(10));

        first.destroy(); // SIGTERM, in turn 1
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
        String firstLog = Files.readString(log());
        assertThat(firstLog).contains(" stopped");
        assertThat(firstLog.lines()).as("the log of the stopped process").noneMatch(StoppedMidRoundTest::warningOrError);

        Process second = serve();
        var faster = Http.post(port, "/sandbox/api/clock", "{\"scale\":" + SCALE + "}");
        assertThat(faster.statusCode()).as(faster.body()).isEqualTo(200);
        chat.awaitPost(group, "rounds.closing.heading", Duration.ofSeconds(60));
        List<String> posts = chat.posts(group);
        assertThat(posts).filteredOn(matches("rounds.timeUp.next")).as("turn 1's time's up, after the restart").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.timeUp.last")).as("turn 2's time's up").hasSize(1);
        assertThat(posts).filteredOn(matches("rounds.interrupted")).as("nothing was late by a whole turn").isEmpty();

        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(Files.readString(log()).lines()).as("the log of both processes").noneMatch(StoppedMidRoundTest::warningOrError);
        Map<String, String> round = SandboxChat.roundOutbox(dir.resolve("largrupp"));
        assertThat(round).containsKeys("start", "turn:1:time-up", "turn:2:time-up", "closing");
        assertThat(round.values()).as("every message of the round delivered").containsOnly("delivered");
    }

    /** The production log format: {@code <timestamp> <LEVEL> [<thread>] …}. */
    private static boolean warningOrError(String line) {
        String[] parts = line.split(" ", 3);
        return line.startsWith("Exception in thread")
                || parts.length > 1 && (parts[1].equals("WARN") || parts[1].equals("ERROR"));
    }

    private Path log() {
        return dir.resolve("log.txt");
    }

    private Process serve() throws Exception {
        Process p = ServeProcesses.serve(Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath()), dir);
        processes.add(p);
        awaitReady(port);
        return p;
    }
}
