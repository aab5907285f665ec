package se.largrupp.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.largrupp.deploy.Main;

class RegroupCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "regroup";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Sixteen leaders with Swedish names: a manager, her three managers, their eight reports and four consultants. */
    private Path organisation() throws IOException {
        StringBuilder s = new StringBuilder("id,name,department,manager_id,timezone,not_with\n");
        s.append("u0,Åsa Öberg,Ledning,,Europe/Stockholm,\n");
        String[] depts = {"Ekonomi", "Försäljning", "Utveckling"};
        for (int i = 1; i <= 3; i++) s.append("u").append(i).append(",Chef ").append(i).append(",").append(depts[i - 1]).append(",u0,Europe/Stockholm,\n");
        for (int i = 4; i < 12; i++)
            s.append("u").append(i).append(",\"Lärare, ").append(i).append("\",").append(depts[i % 3]).append(",u").append(1 + i % 3)
                    .append(",Europe/Stockholm,").append(i == 4 ? "u5;u6" : "").append('\n');
        for (int i = 12; i < 16; i++) s.append("u").append(i).append(",Konsult Ärlig ").append(i).append(",Konsulter,,Europe/London,\n");
        return file("leaders.csv", s.toString());
    }

    @Test
    void a_happy_path_writes_every_leader_once_per_round_and_a_summary() throws IOException {
        Path leaders = organisation();
        Path groups = dir.resolve("groups.csv");
        int code = run("--leaders", leaders.toString(), "--rounds", "2", "--seed", "7", "--out", groups.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(groups, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("round,group,id");
        assertThat(lines).hasSize(1 + 2 * 16);
        Map<String, Set<String>> perRound = new HashMap<>();
        Map<String, List<String>> groupsOf = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(perRound.computeIfAbsent(f[0], r -> new HashSet<>()).add(f[2])).as("once per round: " + line).isTrue();
            groupsOf.computeIfAbsent(f[0] + "/" + f[1], g -> new ArrayList<>()).add(f[2]);
        }
        assertThat(perRound.keySet()).containsExactlyInAnyOrder("1", "2");
        for (List<String> g : groupsOf.values()) {
            assertThat(g.size()).isBetween(3, 4);
            if (g.contains("u4")) assertThat(g).doesNotContain("u5", "u6", "u2", "u0");
        }
        assertThat(err.toString()).contains("16 leaders", "hard violations 0", "repeat pairs");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_and_read_back_as_the_same_ids() throws IOException {
        List<String> ids = List.of("=HYPERLINK(\"https://evil.example\";\"x\")", "+SUM(1;2)", "-2+3", "@cmd", "u5", "u6");
        StringBuilder s = new StringBuilder("id,name,department,manager_id\n");
        for (int i = 0; i < ids.size(); i++) s.append('"').append(ids.get(i).replace("\"", "\"\"")).append("\",Person ").append(i).append(",Dep ").append(i).append(",\n");
        Path leaders = file("leaders.csv", s.toString());
        Path groups = dir.resolve("groups.csv");

        assertThat(run("--leaders", leaders.toString(), "--size", "3", "--out", groups.toString())).as(err.toString()).isZero();

        List<String> cells = Files.readAllLines(groups, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> CsvFile.split(line).get(2)).toList();
        assertThat(cells).hasSize(ids.size()).noneMatch(cell -> cell.matches("^[=+\\-@].*"))
                .contains("'=HYPERLINK(\"https://evil.example\";\"x\")", "'+SUM(1;2)", "'-2+3", "'@cmd", "u5");
        // Read back as history, the plan names the same leaders: six leaders in two new threes cannot all avoid
        // the pairs of the last round, which they could if the history's ids were strangers.
        Path history = Files.copy(groups, dir.resolve("history.csv"));
        assertThat(run("--leaders", leaders.toString(), "--history", history.toString(), "--size", "3", "--format", "json"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("{\"rounds\":[{\"round\":2,").contains("\"totals\":{\"groups\":2,\"repeatPairs\":2");
    }

    @Test
    void history_continues_the_round_numbers_and_json_names_the_members() throws IOException {
        Path leaders = organisation();
        Path history = file("history.csv", "round,group,id\n4,1,u4\n4,1,u7\n4,1,u10\n4,2,gone\n");
        int code = run("--leaders", leaders.toString(), "--history", history.toString(), "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("{\"rounds\":[{\"round\":5,").contains("\"name\":\"Åsa Öberg\"", "\"hardViolations\":0");
    }

    @Test
    void the_same_seed_writes_the_same_plan() throws IOException {
        Path leaders = organisation();
        run("--leaders", leaders.toString(), "--seed", "3");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("--leaders", leaders.toString(), "--seed", "3");
        assertThat(out.toString()).isEqualTo(first).isNotEmpty();
    }

    @Test
    void a_missing_column_is_named_on_the_header_line() throws IOException {
        Path leaders = file("leaders.csv", "id,name,manager_id\nu1,Anna,\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("leaders.csv: line 1: missing column department");
    }

    @Test
    void a_duplicate_id_is_reported_with_both_lines() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\nu1,Anna,A,\nu2,Bo,B,\nu1,Cia,C,\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line 4: duplicate id 'u1' (first on line 2)");
    }

    @Test
    void an_unknown_manager_id_is_reported_with_its_line() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\nu1,Anna,A,\nu2,Bo,B,u9\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line 3: manager_id 'u9' of 'u2' is not an id in the file");
    }

    @Test
    void a_manager_cycle_is_reported_with_the_chain() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\nu1,Anna,A,u3\nu2,Bo,B,u1\nu3,Cia,C,u2\nu4,Dan,D,\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line 2: manager cycle u1 -> u3 -> u2 -> u1");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        Path leaders = file("leaders.csv", "\n\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("leaders.csv: the file is empty");
    }

    @Test
    void a_header_without_rows_is_refused() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("leaders.csv: no leaders after the header line");
    }

    @Test
    void a_latin1_file_is_refused_with_the_line_of_the_first_bad_byte() throws IOException {
        Path leaders = dir.resolve("leaders.csv");
        Files.write(leaders, "id,name,department,manager_id\nu1,Anna,A,\nu2,Åsa,B,\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("leaders.csv: line 3: not valid UTF-8");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_reported() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\nu1,Anna,A\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line 2: expected 4 fields");
    }

    @Test
    void a_bad_history_round_is_reported_with_its_line() throws IOException {
        Path leaders = organisation();
        Path history = file("history.csv", "round,group,id\nett,1,u1\n");
        assertThat(run("--leaders", leaders.toString(), "--history", history.toString())).isEqualTo(RegroupCommand.BAD_INPUT);
        assertThat(err.toString()).contains("history.csv: line 2: round 'ett' is not a whole number");
    }

    @Test
    void an_impossible_organisation_is_refused_by_rule_and_name() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\nvd,Vd,A,\nm1,M1,A,vd\nm2,M2,B,vd\n"
                + "a,A,A,m1\nb,B,A,m1\nc,C,B,m2\nd,D,B,m2\ne,E,B,m2\n");
        assertThat(run("--leaders", leaders.toString(), "--depth", "0")).isEqualTo(RegroupCommand.REFUSED);
        assertThat(err.toString()).contains("TOO_FEW_ALLOWED_PARTNERS", "leaders: vd");
    }

    @Test
    void five_leaders_need_the_allow_five_option() throws IOException {
        Path leaders = file("leaders.csv", "id,name,department,manager_id\na,A,,\nb,B,,\nc,C,,\nd,D,,\ne,E,,\n");
        assertThat(run("--leaders", leaders.toString())).isEqualTo(RegroupCommand.REFUSED);
        assertThat(err.toString()).contains("FIVE_NEEDS_OPTION");
        assertThat(run("--leaders", leaders.toString(), "--allow-five")).isZero();
    }
}
