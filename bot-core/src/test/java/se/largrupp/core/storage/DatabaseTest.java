package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class DatabaseTest {

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_migrated_database_is_ready_and_knows_its_vendor(TestDatabase db) {
        assertThat(db.database().ready()).isTrue();
        assertThat(db.database().isPostgres()).isEqualTo(db.toString().equals("PostgreSQL"));
        assertThat(db.jdbc().query("SELECT COUNT(*) AS n FROM leaders", r -> r.getLong("n"))).containsExactly(0L);
    }

    @Test
    void a_closed_database_is_not_ready() {
        try (TestDatabase db = se.largrupp.core.testing.TestDatabases.h2()) {
            db.database().close();
            assertThat(db.database().ready()).isFalse();
        }
    }

    @Test
    void an_h2_file_database_keeps_its_rows_across_a_restart(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        Instant at = Instant.parse("2026-11-26T10:15:30Z");
        try (Database db = Database.open(url, "sa", "", 2)) {
            db.jdbc().update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)", "Ev-åäö", at);
        }
        try (Database db = Database.open(url, "sa", "", 2)) {
            assertThat(db.ready()).isTrue();
            List<Instant> seen = db.jdbc().query("SELECT seen_at FROM processed_deliveries WHERE delivery_id = ?",
                    r -> Rows.instant(r, "seen_at"), "Ev-åäö");
            assertThat(seen).containsExactly(at);
        }
    }

    @Test
    void an_h2_file_database_opens_without_user_or_password_as_the_default_does(@TempDir Path dir) {
        String url = Database.DEFAULT_URL.replace("./data/largrupp", dir.resolve("data/largrupp").toAbsolutePath().toString());
        try (Database db = Database.open(url, null, null)) {
            assertThat(db.ready()).isTrue();
            assertThat(db.isPostgres()).isFalse();
        }
        assertThat(dir.resolve("data/largrupp.mv.db")).exists();
    }

    @Test
    void a_second_process_on_the_same_h2_file_is_told_to_use_postgresql(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        try (Database first = Database.open(url, "sa", "", 2)) {
            // H2 locks a file per JVM, so the second "process" is a child JVM opening the same file.
            Process other = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondOpener.class.getName(), url)
                    .redirectErrorStream(true).start();
            String out = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("in use by another process").contains("PostgreSQL");
            assertThat(first.ready()).isTrue();
        }
    }

    @Test
    void a_commit_on_an_h2_file_survives_the_process_being_killed_right_after_it(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed")) { /* start-up output */ }
            assertThat(line).isEqualTo("committed");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }

        try (Database db = Database.open(url, "sa", "", 2)) {
            assertThat(db.jdbc().query("SELECT leader_key FROM admins", r -> r.getString(1))).containsExactly("slack:T1:UKILLED");
        }
    }

    @Test
    void a_thread_interrupted_while_it_commits_to_an_h2_file_leaves_the_database_open(@TempDir Path dir) throws Exception {
        // Quartz interrupts its scheduler thread on every shutdown, and with every commit written at once the
        // committing thread writes the file itself: an interrupted write must not close the database.
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath();
        try (Database db = Database.open(url, "sa", "", 2)) {
            Thread writer = new Thread(() -> {
                Thread.currentThread().interrupt();
                db.jdbc().update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)", "interrupted", Instant.now());
            });
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            writer.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            writer.start();
            writer.join(30_000);
            assertThat(failure.get()).as("the interrupted commit").isNull();
            assertThat(db.ready()).isTrue();
            db.jdbc().update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)", "after", Instant.now());
        }
        try (Database db = Database.open(url, "sa", "", 2)) {
            assertThat(db.jdbc().query("SELECT delivery_id FROM processed_deliveries ORDER BY delivery_id", r -> r.getString(1)))
                    .containsExactly("after", "interrupted");
        }
    }

    @Test
    void h2_urls_get_what_a_server_needs_and_keep_what_they_name() {
        assertThat(H2Urls.forServer("jdbc:h2:file:./data/x"))
                .isEqualTo("jdbc:h2:file:retry:./data/x;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(H2Urls.forServer("jdbc:h2:/srv/x;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:retry:/srv/x;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(H2Urls.forServer("jdbc:h2:file:nio:/srv/x;db_close_on_exit=true;WRITE_DELAY=500"))
                .isEqualTo("jdbc:h2:file:nio:/srv/x;db_close_on_exit=true;WRITE_DELAY=500");
        assertThat(H2Urls.forServer("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2Urls.forServer("jdbc:h2:tcp://db/x")).isEqualTo("jdbc:h2:tcp://db/x");
        assertThat(H2Urls.forServer("jdbc:postgresql://db/x")).isEqualTo("jdbc:postgresql://db/x");
        assertThat(H2Urls.forServer(Database.DEFAULT_URL)).contains(":retry:./data/largrupp;").endsWith(";WRITE_DELAY=0")
                .containsOnlyOnce("DB_CLOSE_ON_EXIT");
    }

    /** Run in a child JVM by the test above: commits one row, says so, and waits to be killed. */
    static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(args[0], "sa", "", 2);
            new JdbcAdmins(db.jdbc(), java.time.Clock.systemUTC()).add(
                    se.largrupp.core.leaders.LeaderId.parse("slack:T1:UKILLED"), se.largrupp.core.leaders.LeaderId.parse("slack:T1:UBY"));
            System.out.println("committed");
            System.out.flush();
            Thread.currentThread().join(); // until killed
        }
    }

    /** Run in a child JVM by the test above. */
    static final class SecondOpener {
        public static void main(String[] args) {
            try (Database db = Database.open(args[0], "sa", "", 1)) {
                System.out.println("opened");
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Test
    void an_unsupported_url_is_refused_without_showing_its_secrets() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/x?password=hemligt", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageNotContaining("hemligt");
    }

    @Test
    void the_default_url_is_an_h2_file_under_data() {
        assertThat(Database.DEFAULT_URL).startsWith("jdbc:h2:file:./data/");
        assertThat(Database.Vendor.of(Database.DEFAULT_URL)).isEqualTo(Database.Vendor.H2);
    }
}
