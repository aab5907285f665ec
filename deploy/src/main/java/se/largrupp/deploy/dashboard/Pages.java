package se.largrupp.deploy.dashboard;

import java.util.List;
import java.util.Map;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.insights.Figures;
import se.largrupp.core.insights.Period;
import se.largrupp.core.leaders.Language;

/** The dashboard's HTML: one layout, the overview, the groups at risk, the regrouping history and the sign-in pages. */
final class Pages {
    private final Texts texts;
    private final Language language;

    Pages(Texts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    String t(String key, Object... args) {
        return Html.escape(texts.get(language, "dashboard." + key, args));
    }

    String raw(String key, Object... args) {
        return texts.get(language, "dashboard." + key, args);
    }

    /** @param session empty before sign-in; else the signed-in person's name, whether admin, and the form token */
    record Viewer(String name, boolean admin, String csrf) {}

    String layout(String title, java.util.Optional<Viewer> viewer, String current, String body) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(Html.escape(title))
                .append(" – Lärgrupp</title><link rel=\"stylesheet\" href=\"/admin/dashboard.css\"></head><body>")
                .append("<a class=\"skip\" href=\"#main\">").append(t("skip")).append("</a><header><p class=\"brand\">Lärgrupp</p>");
        if (viewer.isPresent()) {
            b.append("<nav aria-label=\"").append(t("nav.label")).append("\"><ul>");
            link(b, "/admin", t("nav.overview"), current.equals("overview"));
            if (viewer.get().admin()) link(b, "/admin/risk", t("nav.risk"), current.equals("risk"));
            link(b, "/admin/history", t("nav.history"), current.equals("history"));
            b.append("</ul></nav><form method=\"post\" action=\"/admin/signout\" class=\"signout\"><input type=\"hidden\" name=\"csrf\" value=\"")
                    .append(Html.escape(viewer.get().csrf())).append("\"><span>").append(t("signedInAs", viewer.get().name()))
                    .append("</span> <button type=\"submit\">").append(t("signOut")).append("</button></form>");
        }
        Language other = language == Language.SV ? Language.EN : Language.SV;
        b.append("<p class=\"lang\"><a href=\"?lang=").append(other.code()).append("\" lang=\"").append(other.code()).append("\">")
                .append(t("otherLanguage")).append("</a></p></header><main id=\"main\"><h1>").append(Html.escape(title)).append("</h1>")
                .append(body).append("</main><footer><p>").append(t("privacy")).append("</p></footer></body></html>");
        return b.toString();
    }

    private static void link(StringBuilder b, String href, String label, boolean current) {
        b.append("<li><a href=\"").append(href).append('"').append(current ? " aria-current=\"page\"" : "").append('>').append(label).append("</a></li>");
    }

    String overview(Figures f, Map<String, Tables.Table> tables, boolean admin) {
        StringBuilder b = new StringBuilder();
        Figures.Today n = f.now();
        b.append("<section aria-labelledby=\"now\"><h2 id=\"now\">").append(t("now")).append("</h2><dl class=\"cards\">");
        card(b, t("fig.takingPart"), String.valueOf(n.takingPart()));
        card(b, t("fig.paused"), String.valueOf(n.paused()));
        card(b, t("fig.waiting"), String.valueOf(n.waiting()));
        card(b, t("fig.groupsActive"), String.valueOf(n.groupsActive()));
        card(b, t("fig.groupsAtRisk"), String.valueOf(n.groupsAtRisk()));
        card(b, t("fig.metRecently"), percent(n.metRecently()));
        card(b, t("fig.departmentMix"), percent(n.departmentMix()));
        card(b, t("fig.daysToFirstMeeting"), n.daysToFirstMeeting().isPresent() ? t("days", n.daysToFirstMeeting().getAsInt()) : "–");
        b.append("</dl>").append(csvLink("today")).append("</section>");
        List<String> labels = f.months().stream().map(Period::label).map(l -> l.substring(2)).toList();
        b.append(chart("participation", Charts.bars("participation", texts.get(language, "dashboard.chart.participation"), labels, List.of(
                new Charts.Series(texts.get(language, "dashboard.col.inProgramme"), "s1", f.months().stream().map(Period::inProgramme).toList()),
                new Charts.Series(texts.get(language, "dashboard.col.joined"), "s2", f.months().stream().map(Period::joined).toList())), 0)));
        b.append(chart("meetings", Charts.bars("meetings", texts.get(language, "dashboard.chart.meetings"), labels, List.of(
                new Charts.Series(texts.get(language, "dashboard.col.held"), "s1", f.months().stream().map(Period::held).toList()),
                new Charts.Series(texts.get(language, "dashboard.col.skipped"), "s3", f.months().stream().map(Period::skipped).toList())), 0)));
        b.append(chart("attendance", Charts.bars("attendance", texts.get(language, "dashboard.chart.attendance"), labels, List.of(
                new Charts.Series(texts.get(language, "dashboard.col.attendance"), "s1", f.months().stream().map(p -> boxed(p.attendance())).toList()),
                new Charts.Series(texts.get(language, "dashboard.col.answerRate"), "s2", f.months().stream().map(p -> boxed(p.answerRate())).toList())), 100)));
        b.append("<section aria-labelledby=\"months-h\"><h2 id=\"months-h\">").append(t("table.months")).append("</h2>")
                .append(Tables.html(tables.get("months"), texts.get(language, "dashboard.table.months"))).append(csvLink("months")).append("</section>");
        List<String> deptLabels = f.departments().stream().map(d -> d.department().orElse(texts.get(language, "dashboard.others"))).toList();
        b.append(chart("departments", Charts.bars("departments", texts.get(language, "dashboard.chart.departments"), deptLabels, List.of(
                new Charts.Series(texts.get(language, "dashboard.col.takingPart"), "s1", f.departments().stream().map(Figures.DepartmentRow::takingPart).toList()),
                new Charts.Series(texts.get(language, "dashboard.col.inGroup"), "s2", f.departments().stream().map(Figures.DepartmentRow::inGroup).toList())), 0)));
        b.append("<section aria-labelledby=\"dep-h\"><h2 id=\"dep-h\">").append(t("table.departments")).append("</h2><p>").append(t("departments.rule"))
                .append("</p>").append(Tables.html(tables.get("departments"), texts.get(language, "dashboard.table.departments")))
                .append(csvLink("departments")).append("</section>");
        b.append("<section aria-labelledby=\"enc-h\"><h2 id=\"enc-h\">").append(t("table.encouragements")).append("</h2><p>")
                .append(t("encouragements.rule")).append("</p>").append(Tables.html(tables.get("encouragements"),
                        texts.get(language, "dashboard.table.encouragements"))).append(csvLink("encouragements")).append("</section>");
        if (!admin) b.append("<p class=\"note\">").append(t("sponsorNote")).append("</p>");
        return b.toString();
    }

    String risk(Map<String, Tables.Table> tables) {
        return "<p>" + t("risk.intro") + "</p>" + Tables.html(tables.get("at-risk"), texts.get(language, "dashboard.table.risk")) + csvLink("at-risk");
    }

    String history(Map<String, Tables.Table> tables) {
        return "<p>" + t("history.intro") + "</p>" + Tables.html(tables.get("generations"), texts.get(language, "dashboard.table.generations"))
                + csvLink("generations");
    }

    String signIn(List<String> providers, java.util.Optional<String> sandboxCsrf, List<String[]> sandboxPeople) {
        StringBuilder b = new StringBuilder("<p>").append(t("signIn.intro")).append("</p><ul class=\"signin\">");
        for (String p : providers)
            b.append("<li><a class=\"button\" href=\"/admin/signin/").append(p).append("\">").append(t("signIn." + p)).append("</a></li>");
        b.append("</ul>");
        if (providers.isEmpty() && sandboxCsrf.isEmpty()) b.append("<p>").append(t("signIn.none")).append("</p>");
        sandboxCsrf.ifPresent(csrf -> {
            b.append("<form method=\"post\" action=\"/admin/signin/sandbox\"><input type=\"hidden\" name=\"csrf\" value=\"").append(Html.escape(csrf))
                    .append("\"><label for=\"person\">").append(t("signIn.sandbox")).append("</label> <select id=\"person\" name=\"person\">");
            for (String[] p : sandboxPeople) b.append("<option value=\"").append(Html.escape(p[0])).append("\">").append(Html.escape(p[1])).append("</option>");
            b.append("</select> <button type=\"submit\">").append(t("signIn.button")).append("</button></form>");
        });
        return b.toString();
    }

    String message(String key) {
        return "<p>" + t(key) + "</p><p><a href=\"/admin\">" + t("back") + "</a></p>";
    }

    private String chart(String id, String svg) {
        return "<figure id=\"chart-" + id + "\">" + svg + "</figure>";
    }

    private static Integer boxed(java.util.OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private String percent(java.util.OptionalInt v) {
        return v.isPresent() ? t("percent", v.getAsInt()) : "–";
    }

    private static void card(StringBuilder b, String label, String value) {
        b.append("<div><dt>").append(label).append("</dt><dd>").append(Html.escape(value)).append("</dd></div>");
    }

    private String csvLink(String table) {
        return "<p class=\"csv\"><a href=\"/admin/export/" + table + ".csv\" download>" + t("csv") + "</a></p>";
    }
}
