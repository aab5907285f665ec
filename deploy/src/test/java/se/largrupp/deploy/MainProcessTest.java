package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point in its own JVM: the UTF-8 relaunch and configuration validation at start. */
class MainProcessTest {
    @TempDir
    Path dir;

    @Test
    void a_jvm_started_with_another_charset_relaunches_itself_with_utf8() throws Exception {
        var r = JavaProcess.run(JavaProcess.main(Map.of(), List.of("-Dfile.encoding=ISO-8859-1"), "charset"), dir);
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout().strip()).isEqualTo("UTF-8");
        assertThat(r.stderr()).contains("restarting with -Dfile.encoding=UTF-8");
    }

    @Test
    void a_half_configured_slack_stops_the_start_with_one_line_and_no_secret() throws Exception {
        var r = JavaProcess.run(JavaProcess.main(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-token-value"), List.of()), dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines().toList()).containsExactly(
                "largrupp: configuration: SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: "
                        + "set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)");
        assertThat(r.stdout() + r.stderr()).doesNotContain("xoxb-secret-token-value");
    }

    @Test
    void teams_dev_mode_beside_slack_credentials_stops_the_start_with_one_line_and_no_secret() throws Exception {
        var r = JavaProcess.run(JavaProcess.main(Map.of("TEAMS_DEV_MODE", "true", "SLACK_BOT_TOKEN", "xoxb-secret-token-value",
                "SLACK_SIGNING_SECRET", "signing-secret-value"), List.of()), dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines().toList()).singleElement().asString()
                .startsWith("largrupp: configuration: TEAMS_DEV_MODE=true").contains("SLACK_BOT_TOKEN is set");
        assertThat(r.stdout() + r.stderr()).doesNotContain("xoxb-secret-token-value").doesNotContain("signing-secret-value");
    }

    @Test
    void the_sandbox_asked_for_beside_slack_credentials_stops_the_start_with_one_line() throws Exception {
        var r = JavaProcess.run(JavaProcess.main(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-token-value",
                "SLACK_SIGNING_SECRET", "signing-secret-value", "LARGRUPP_SANDBOX", "true"), List.of()), dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines().toList()).singleElement().asString()
                .startsWith("largrupp: configuration: LARGRUPP_SANDBOX=true is refused beside Slack or Teams credentials");
        assertThat(r.stdout() + r.stderr()).doesNotContain("xoxb-secret-token-value", "signing-secret-value");
    }

    @Test
    void several_problems_are_each_reported_before_exiting() throws Exception {
        var r = JavaProcess.run(JavaProcess.main(Map.of("DATABASE_URL", "mysql://x", "MICROSOFT_APP_ID", "abc",
                "PORT", "http"), List.of(), "serve"), dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).hasSize(3).allMatch(l -> l.startsWith("largrupp: configuration: "));
    }

    @Test
    void sigterm_stops_the_server_gracefully() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("log.txt");
        Process p = JavaProcess.main(Map.of("PORT", String.valueOf(port)), List.of("-Dfile.encoding=UTF-8"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (!ServeProcesses.ready(port)) {
                assertThat(java.time.Instant.now()).as("ready in time").isBefore(deadline);
                assertThat(p.isAlive()).as("still running").isTrue();
                Thread.sleep(100);
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            String out = java.nio.file.Files.readString(log);
            assertThat(out).contains("sandbox=true", " stopping", " stopped");
            assertThat(dir.resolve("data/largrupp.mv.db")).exists();
            assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("data")))
                    .as("the default ./data").isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void options_alone_mean_serve() {
        assertThat(Main.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(Main.withDefaultCommand(new String[] {"--config", "x"})).containsExactly("serve", "--config", "x");
        assertThat(Main.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(Main.withDefaultCommand(new String[] {"regroup", "a.csv"})).containsExactly("regroup", "a.csv");
    }
}
