package se.largrupp.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcLeaders;
import se.largrupp.deploy.Main;
import se.largrupp.deploy.SlackStandIn;

/** {@code largrupp import} against an H2 database and the Slack stand-in's {@code users.lookupByEmail}. */
class ImportCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private SlackStandIn slack;
    private Path config;
    private String dbUrl;

    @BeforeEach
    void start() throws IOException {
        slack = new SlackStandIn().member("vd@acme.se", "U0VD", "Vera Dahl").member("karin@acme.se", "U0KARIN", "Karin Lind")
                .member("asa@acme.se", "U0ASA", "Åsa Öberg");
        dbUrl = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        config = Files.writeString(dir.resolve("largrupp.properties"), "DATABASE_URL=" + dbUrl + "\nSLACK_BOT_TOKEN=xoxb-test\n"
                + "SLACK_API_URL=" + slack.apiUrl() + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("hr.csv"), content, StandardCharsets.UTF_8);
    }

    private Path hr() throws IOException {
        return file("""
                email;name;department;manager_email
                vd@acme.se;Vera Dahl;Ledning;
                karin@acme.se;Karin Lind;Försäljning;vd@acme.se
                asa@acme.se;Åsa Öberg;Försäljning;karin@acme.se
                ghost@acme.se;Gunnel Ghost;Ekonomi;vd@acme.se
                """);
    }

    private <T> T withDb(java.util.function.Function<Database, T> f) {
        try (Database db = Database.open(dbUrl, null, null)) {
            return f.apply(db);
        }
    }

    private long rows(String table) {
        return withDb(db -> db.jdbc().queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    private void karinHasJoined() {
        withDb(db -> {
            new JdbcLeaders(db.jdbc()).save(Leader.joining(LeaderId.of(Platform.SLACK, "T0ACME", "U0KARIN"), "Karin Lind",
                    Instant.parse("2027-01-11T08:00:00Z")).withProfile("Karin Lind", Optional.of("Sälj"), Optional.empty()));
            return null;
        });
    }

    @Test
    void a_dry_run_previews_and_changes_nothing() throws IOException {
        karinHasJoined();

        int code = run("--leaders", hr().toString(), "--workspace", "slack:T0ACME", "--dry-run", "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 people in the file are in the workspace.", "Managers: 3 of 3 found in the workspace.",
                "2 people not yet in the programme are invited.", "not found: line 5: ghost@acme.se",
                "change: Karin Lind: department Sälj → Försäljning", "change: Karin Lind: manager none → Vera Dahl",
                "dry run, nothing was changed");
        assertThat(slack.calls("users.lookupByEmail")).isEqualTo(4);
        assertThat(rows("org_facts")).isZero();
        assertThat(rows("org_invited")).isZero();
    }

    @Test
    void an_import_applies_invites_once_and_a_second_run_changes_nothing() throws IOException {
        karinHasJoined();
        Path file = hr();

        assertThat(run("--leaders", file.toString(), "--workspace", "slack:T0ACME", "--invite", "--config", config.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Done: one leader has new details and 2 people are invited.", "Invitations sent: 2.");
        Leader karin = withDb(db -> new JdbcLeaders(db.jdbc()).find(LeaderId.of(Platform.SLACK, "T0ACME", "U0KARIN")).orElseThrow());
        assertThat(karin.department()).contains("Försäljning");
        assertThat(karin.manager()).contains(LeaderId.of(Platform.SLACK, "T0ACME", "U0VD"));
        assertThat(rows("outbox")).isEqualTo(2);
        List<String> invited = withDb(db -> db.jdbc().query("SELECT conversation FROM outbox ORDER BY conversation", rs -> rs.getString(1)));
        assertThat(invited).containsExactly("slack:T0ACME:U0ASA", "slack:T0ACME:U0VD");

        out.getBuffer().setLength(0);
        assertThat(run("--leaders", file.toString(), "--workspace", "slack:T0ACME", "--invite", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("Nothing changes for leaders already in the programme.",
                "Done: no leader has new details and nobody is invited.", "Invitations sent: none new.");
        assertThat(rows("outbox")).isEqualTo(2);
    }

    @Test
    void a_bad_file_is_refused_line_by_line_with_exit_code_1_and_nothing_changes() throws IOException {
        Path bad = file("email,name,department,manager_email\nkarin@acme.se,Karin,Sälj,boss@elsewhere.se\nkarin@acme.se,K,Sälj,\n");

        assertThat(run("--leaders", bad.toString(), "--workspace", "slack:T0ACME", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("import: hr.csv: Line 3: karin@acme.se is already on line 2.", "nothing was changed");

        Path unknown = file("email,name,department,manager_email\nkarin@acme.se,Karin,Sälj,boss@elsewhere.se\n");
        assertThat(run("--leaders", unknown.toString(), "--workspace", "slack:T0ACME", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Line 2: the manager boss@elsewhere.se is neither in the file nor in the workspace.");
        assertThat(rows("org_facts")).isZero();
    }

    @Test
    void bad_options_exit_with_2() throws IOException {
        Path file = hr();
        assertThat(run("--leaders", file.toString(), "--workspace", "T0ACME", "--config", config.toString())).isEqualTo(2);
        assertThat(run("--leaders", file.toString())).isEqualTo(2);
        Path noToken = Files.writeString(dir.resolve("no-token.properties"), "DATABASE_URL=" + dbUrl + "\n");
        assertThat(run("--leaders", file.toString(), "--workspace", "slack:T0ACME", "--config", noToken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("SLACK_BOT_TOKEN is not set");
        assertThat(List.of(slack.calls("users.lookupByEmail"))).containsExactly(0);
    }

    @Test
    void a_file_of_more_than_a_hundred_addresses_reads_the_member_list_page_by_page_instead() throws IOException {
        StringBuilder csv = new StringBuilder("email,name,department,manager_email\n");
        for (int i = 0; i < 450; i++) {
            slack.member("p" + i + "@acme.se", "U" + (1000 + i), "Person " + i);
            csv.append("p").append(i).append("@acme.se,Person ").append(i).append(",Avd ").append(i % 7).append(',')
                    .append(i == 0 ? "" : "p0@acme.se").append('\n');
        }

        int code = run("--leaders", file(csv.toString()).toString(), "--workspace", "slack:T0ACME", "--dry-run", "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("450 people in the file are in the workspace.", "Managers: 449 of 449 found");
        assertThat(slack.calls("users.lookupByEmail")).isZero();
        assertThat(slack.calls("users.list")).isEqualTo(3); // 453 members, 200 a page
    }

    @Test
    void a_teams_tenant_resolves_addresses_through_graph() throws IOException {
        try (se.largrupp.teams.support.GraphStandIn graph = new se.largrupp.teams.support.GraphStandIn()) {
            graph.on("GET", "/v1.0/users/asa@contoso.se", c -> se.largrupp.teams.support.GraphStandIn.Answer.of(200,
                    "{\"id\":\"aad-asa\",\"displayName\":\"Åsa\"}"));
            graph.on("GET", "/v1.0/users/vera@contoso.se", c -> se.largrupp.teams.support.GraphStandIn.Answer.of(200,
                    "{\"id\":\"aad-vera\",\"displayName\":\"Vera\"}"));
            StringBuilder props = new StringBuilder("DATABASE_URL=" + dbUrl + "\n");
            graph.environment().forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
            Path teams = Files.writeString(dir.resolve("teams.properties"), props.toString());
            Path csv = file("email,name,department,manager_email\nvera@contoso.se,Vera,Ledning,\nasa@contoso.se,Åsa,Sälj,vera@contoso.se\n");

            assertThat(run("--leaders", csv.toString(), "--workspace", "teams:tenant-1", "--config", teams.toString())).as(err.toString()).isZero();

            assertThat(out.toString()).contains("2 people in the file are in the workspace.", "Managers: 1 of 1 found");
            List<String> invited = withDb(db -> db.jdbc().query("SELECT leader_key FROM org_invited ORDER BY leader_key", rs -> rs.getString(1)));
            assertThat(invited).containsExactly("teams:tenant-1:aad-asa", "teams:tenant-1:aad-vera");
            assertThat(run("--leaders", csv.toString(), "--workspace", "teams:other-tenant", "--config", teams.toString())).isEqualTo(2);
        }
    }
}
