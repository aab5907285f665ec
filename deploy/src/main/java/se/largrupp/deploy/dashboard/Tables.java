package se.largrupp.deploy.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.insights.Figures;
import se.largrupp.core.insights.Period;
import se.largrupp.core.leaders.Language;
import se.largrupp.deploy.cli.FormulaCells;

/**
 * Every figure table of the dashboard, by name: what the pages show and what {@code /admin/export/<name>.csv} gives.
 * The groups at risk are an admin's table only.
 */
final class Tables {
    record Table(String name, List<String> headers, List<List<String>> rows) {}

    private final Texts texts;
    private final Language language;
    private final ZoneId zone;

    Tables(Texts texts, Language language, ZoneId zone) {
        this.texts = texts;
        this.language = language;
        this.zone = zone;
    }

    private String t(String key, Object... args) {
        return texts.get(language, "dashboard." + key, args);
    }

    static String rate(OptionalInt v) {
        return v.isPresent() ? String.valueOf(v.getAsInt()) : "";
    }

    private String day(java.time.Instant at) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    Map<String, Table> of(Figures f, boolean admin) {
        Map<String, Table> out = new LinkedHashMap<>();
        Figures.Today n = f.now();
        out.put("today", new Table("today", List.of(t("col.figure"), t("col.value")), List.of(
                List.of(t("fig.takingPart"), String.valueOf(n.takingPart())), List.of(t("fig.paused"), String.valueOf(n.paused())),
                List.of(t("fig.waiting"), String.valueOf(n.waiting())), List.of(t("fig.groupsActive"), String.valueOf(n.groupsActive())),
                List.of(t("fig.groupsAtRisk"), String.valueOf(n.groupsAtRisk())),
                List.of(t("fig.groupsSelfStarted"), String.valueOf(n.groupsSelfStarted())),
                List.of(t("fig.metRecently"), rate(n.metRecently())), List.of(t("fig.departmentMix"), rate(n.departmentMix())),
                List.of(t("fig.daysToFirstMeeting"), rate(n.daysToFirstMeeting())))));
        List<List<String>> periods = new ArrayList<>();
        f.months().forEach(p -> periods.add(period(p.label(), p)));
        f.cycle().ifPresent(c -> periods.add(period(t("cycle", day(c.from())), c)));
        out.put("months", new Table("months", List.of(t("col.period"), t("col.joined"), t("col.inProgramme"), t("col.groupsActive"),
                t("col.planned"), t("col.held"), t("col.skipped"), t("col.attendance"), t("col.answerRate")), periods));
        List<List<String>> departments = new ArrayList<>();
        f.departments().forEach(d -> departments.add(List.of(d.department().orElse(t("others")), String.valueOf(d.leaders()),
                String.valueOf(d.takingPart()), String.valueOf(d.inGroup()), rate(d.attendance()))));
        out.put("departments", new Table("departments", List.of(t("col.department"), t("col.leaders"), t("col.takingPart"),
                t("col.inGroup"), t("col.attendance")), departments));
        List<List<String>> generations = new ArrayList<>();
        f.generations().forEach(g -> generations.add(List.of(String.valueOf(g.generation()), day(g.formedAt()), String.valueOf(g.groups()),
                String.valueOf(g.leaders()), rate(g.departmentMix()), rate(g.newPairs()))));
        out.put("generations", new Table("generations", List.of(t("col.generation"), t("col.formed"), t("col.groups"), t("col.leaders"),
                t("col.departmentMix"), t("col.newPairs")), generations));
        List<List<String>> sent = new ArrayList<>();
        f.encouragements().forEach(e -> sent.add(List.of(day(e.sentAt()), String.valueOf(e.recipients()))));
        out.put("encouragements", new Table("encouragements", List.of(t("col.sent"), t("col.recipients")), sent));
        if (admin) {
            List<List<String>> risk = new ArrayList<>();
            f.atRisk().forEach(g -> risk.add(List.of(g.name(), String.valueOf(g.generation()), String.valueOf(g.takingPart()),
                    g.lastMet().map(this::day).orElse(""), g.quiet() && g.shrunk() ? t("risk.both") : g.quiet() ? t("risk.quiet") : t("risk.shrunk"))));
            out.put("at-risk", new Table("at-risk", List.of(t("col.group"), t("col.generation"), t("col.takingPart"), t("col.lastMet"),
                    t("col.why")), risk));
        }
        return out;
    }

    private List<String> period(String label, Period p) {
        return List.of(label, String.valueOf(p.joined()), String.valueOf(p.inProgramme()), String.valueOf(p.groupsActive()),
                String.valueOf(p.planned()), String.valueOf(p.held()), String.valueOf(p.skipped()), rate(p.attendance()), rate(p.answerRate()));
    }

    static String csv(Table table) {
        StringBuilder b = new StringBuilder();
        line(b, table.headers());
        table.rows().forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String c = FormulaCells.neutralised(cells.get(i));
            b.append(c.matches(".*[,\"\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        b.append("\r\n");
    }

    static String html(Table table, String caption) {
        StringBuilder b = new StringBuilder("<table><caption>").append(Html.escape(caption)).append("</caption><thead><tr>");
        table.headers().forEach(h -> b.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++)
                b.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(Html.escape(row.get(i).isEmpty() ? "–" : row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
