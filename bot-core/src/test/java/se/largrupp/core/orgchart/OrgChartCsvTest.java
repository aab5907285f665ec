package se.largrupp.core.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

class OrgChartCsvTest {
    private final OrgChartMessages messages = new OrgChartMessages(new Texts());

    private static OrgChartCsv.Parsed parse(String text) {
        return OrgChartCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(OrgChartCsv.Parsed parsed) {
        assertThat(parsed).isInstanceOf(OrgChartCsv.Parsed.Refused.class);
        return ((OrgChartCsv.Parsed.Refused) parsed).problems().stream().map(p -> messages.problem(Language.EN, p)).toList();
    }

    private static List<OrgChartRow> rows(OrgChartCsv.Parsed parsed) {
        assertThat(parsed).isInstanceOf(OrgChartCsv.Parsed.Rows.class);
        return ((OrgChartCsv.Parsed.Rows) parsed).rows();
    }

    @Test
    void a_comma_separated_export_with_every_column_is_read_row_by_row() {
        List<OrgChartRow> rows = rows(parse("""
                email,name,department,manager_email,timezone,location,not_with,sponsor
                Asa.Oberg@Acme.se,Åsa Öberg,Försäljning,karin@acme.se,Europe/Stockholm,Göteborg,bo@acme.se|cy@acme.se,false
                karin@acme.se,Karin Lind,Ledning,,,,,true
                """));

        assertThat(rows).hasSize(2);
        OrgChartRow åsa = rows.get(0);
        assertThat(åsa.line()).isEqualTo(2);
        assertThat(åsa.email()).isEqualTo("asa.oberg@acme.se");
        assertThat(åsa.name()).isEqualTo("Åsa Öberg");
        assertThat(åsa.department()).contains("Försäljning");
        assertThat(åsa.managerEmail()).contains("karin@acme.se");
        assertThat(åsa.zone()).contains(ZoneId.of("Europe/Stockholm"));
        assertThat(åsa.location()).contains("Göteborg");
        assertThat(åsa.notWith()).containsExactly("bo@acme.se", "cy@acme.se");
        assertThat(åsa.sponsor()).contains(false);
        assertThat(rows.get(1).managerEmail()).isEmpty();
        assertThat(rows.get(1).sponsor()).contains(true);
    }

    @Test
    void a_semicolon_separated_export_as_swedish_excel_writes_it_is_detected_and_quotes_may_hold_separators_and_line_breaks() {
        List<OrgChartRow> rows = rows(parse("\uFEFFEmail;Name;Department;Manager_Email\r\n"
                + "a@acme.se;\"Lind; Anna\";\"Sälj, Nord\";\r\n"
                + "b@acme.se;\"Bo \"\"B\"\"\nBerg\";Ekonomi;a@acme.se\r\n"
                + "\r\n"
                + "c@acme.se;Cy;HR;a@acme.se\r\n"));

        assertThat(rows).extracting(OrgChartRow::name).containsExactly("Lind; Anna", "Bo \"B\"Berg", "Cy");
        assertThat(rows.get(0).department()).contains("Sälj, Nord");
        assertThat(rows).extracting(OrgChartRow::line).containsExactly(2, 3, 6);
    }

    @Test
    void a_latin_1_file_is_refused_with_the_line_of_the_first_bad_byte() {
        byte[] latin1 = "email,name,department,manager_email\na@acme.se,Anna,Sälj,\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(OrgChartCsv.parse(latin1))).containsExactly(
                "Line 2: the file is not saved as UTF-8. Save it as UTF-8 (in Excel: \"CSV UTF-8\") and send it again.");
    }

    @Test
    void a_missing_column_is_named_on_the_header_line() {
        assertThat(problems(parse("email,name,department\na@acme.se,Anna,Sälj\n"))).containsExactly(
                "Line 1: the column manager_email is missing. The header must include email,name,department,manager_email.");
    }

    @Test
    void a_duplicate_e_mail_names_both_lines_whatever_its_case() {
        assertThat(problems(parse("email,name,department,manager_email\na@acme.se,Anna,Sälj,\nA@Acme.se,Anna 2,Sälj,\n")))
                .containsExactly("Line 3: a@acme.se is already on line 2.");
    }

    @Test
    void every_bad_cell_is_told_with_its_line_at_once() {
        assertThat(problems(parse("""
                email,name,department,manager_email,timezone,not_with,sponsor
                anna,Anna,Sälj,,,,
                b@acme.se,Bo,Sälj,chef,Mars/Olympus,a@acme.se|b@acme.se,kanske
                c@acme.se,Cy,Sälj,
                """))).containsExactly(
                "Line 2: \"anna\" is not an e-mail address.",
                "Line 3: the manager's e-mail \"chef\" is not an e-mail address.",
                "Line 3: \"Mars/Olympus\" is not a time zone. Write, for instance, Europe/Stockholm.",
                "Line 3: not_with cannot hold the person themself.",
                "Line 3: sponsor must be true or false, not \"kanske\".",
                "Line 4: the line has 4 fields but the header has 7.");
    }

    @Test
    void more_than_fifty_thousand_rows_are_refused_at_the_first_row_too_many() {
        StringBuilder s = new StringBuilder("email,name,department,manager_email\n");
        for (int i = 0; i < OrgChartCsv.MAX_ROWS + 1; i++) s.append("p").append(i).append("@acme.se,P,D,\n");

        assertThat(problems(parse(s.toString()))).containsExactly(
                "Line 50002: the file has more than 50,000 rows. Split it into several files.");
        s.setLength(s.lastIndexOf("p50000@"));
        assertThat(rows(parse(s.toString()))).hasSize(OrgChartCsv.MAX_ROWS);
    }

    @Test
    void an_empty_file_asks_for_the_header() {
        assertThat(problems(parse("\n\n"))).containsExactly(
                "Line 1: the file is empty. It needs a header line such as email,name,department,manager_email.");
    }

    @Test
    void extra_columns_of_an_hr_system_are_ignored_and_blank_cells_are_no_facts() {
        OrgChartRow row = rows(parse("employee_no,email,name,department,manager_email,cost_centre\n17,a@acme.se,,,,4711\n")).get(0);
        assertThat(row.name()).isEmpty();
        assertThat(row.department()).isEqualTo(Optional.empty());
        assertThat(row.sponsor()).isEmpty();
    }

    @Test
    void swedish_readers_get_the_same_refusal_in_swedish() {
        OrgChartCsv.Parsed parsed = parse("email,name,department\n");
        assertThat(messages.problem(Language.SV, ((OrgChartCsv.Parsed.Refused) parsed).problems().get(0)))
                .isEqualTo("Rad 1: kolumnen manager_email saknas. Rubrikraden måste innehålla email,name,department,manager_email.");
    }
}
