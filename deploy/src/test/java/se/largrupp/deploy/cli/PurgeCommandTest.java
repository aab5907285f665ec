package se.largrupp.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.largrupp.core.storage.Database;
import se.largrupp.deploy.Main;

/** {@code largrupp purge workspace slack:T1 --yes} deletes that workspace's programme now, and nobody else's. */
class PurgeCommandTest {
    @TempDir
    Path dir;

    @Test
    void purging_a_workspace_deletes_its_leaders_and_leaves_the_other_workspace_alone() throws Exception {
        String url = "jdbc:h2:mem:purge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url, null, null, 2)) {
            for (String key : new String[] {"slack:T1:U1", "slack:T1:U2", "slack:T2:U1"}) {
                String ws = key.substring(0, key.lastIndexOf(':'));
                db.jdbc().update("INSERT INTO leaders (leader_key, platform, workspace_key, user_id, display_name, zone, status, joined_at) "
                        + "VALUES (?, 'slack', ?, ?, 'Anna', 'Europe/Stockholm', 'active', ?)", key, ws, key.substring(key.lastIndexOf(':') + 1),
                        Instant.parse("2027-01-11T08:00:00Z"));
            }
            db.jdbc().update("INSERT INTO admins (workspace_key, leader_key, added_by, added_at) VALUES ('slack:T1', 'slack:T1:U1', "
                    + "'slack:T1:U1', ?)", Instant.parse("2027-01-11T08:00:00Z"));
            Path config = Files.writeString(dir.resolve("largrupp.properties"), "DATABASE_URL=" + url + "\n");

            StringWriter out = new StringWriter();
            CommandLine dry = new CommandLine(new Main());
            assertThat(dry.execute("purge", "workspace", "slack:T1", "--config", config.toString())).isZero();
            assertThat(count(db, "slack:T1")).as("without --yes nothing is deleted").isEqualTo(2);

            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute("purge", "workspace", "slack:T1", "--yes", "--config", config.toString())).isZero();

            assertThat(count(db, "slack:T1")).isZero();
            assertThat(db.jdbc().queryOne("SELECT COUNT(*) FROM admins", rs -> rs.getLong(1)).orElseThrow()).isZero();
            assertThat(count(db, "slack:T2")).isEqualTo(1);
            assertThat(new CommandLine(new Main()).execute("purge", "workspace", "not-a-workspace", "--yes")).isEqualTo(PurgeCommand.BAD_INPUT);
        }
    }

    private static long count(Database db, String workspace) {
        return db.jdbc().queryOne("SELECT COUNT(*) FROM leaders WHERE workspace_key = ?", rs -> rs.getLong(1), workspace).orElseThrow();
    }
}
