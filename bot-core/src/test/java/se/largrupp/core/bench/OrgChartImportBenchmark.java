package se.largrupp.core.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.ApplyImport;
import se.largrupp.core.orgchart.ImportPlan;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.PeopleByEmail;
import se.largrupp.core.orgchart.PlanImport;
import se.largrupp.core.storage.JdbcLeaders;
import se.largrupp.core.testing.TestDatabases;

/**
 * How long an org-chart import of N rows takes (default 5,000): parse, plan and Apply, on H2 and (when
 * {@code LARGRUPP_TEST_PG_URL} is set) PostgreSQL, a fifth of the people already leaders, against the baseline of
 * saving the same N people as leaders one by one (what any import must at least write). The platform's e-mail
 * look-up is an in-memory map here: its cost is Slack's rate limit (see docs/org-chart.md), not ours.
 *
 * <pre>
 * mvn -o -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.largrupp.core.bench.OrgChartImportBenchmark [-Dbench.rows=5000]
 * </pre>
 */
public final class OrgChartImportBenchmark {
    static final Workspace ACME = new Workspace(Platform.SLACK, "T0ACME");

    public static void main(String[] args) {
        int n = Integer.getInteger("bench.rows", 5_000);
        byte[] file = file(n);
        Map<String, PeopleByEmail.Person> people = new HashMap<>();
        for (int i = 0; i < n; i++) people.put(email(i), new PeopleByEmail.Person("U" + i, "Person " + i));
        List<String[]> rows = new ArrayList<>();
        run("H2 (warm-up, not judged)", TestDatabases.h2(), n, file, people);
        rows.add(run("H2", TestDatabases.h2(), n, file, people));
        if (TestDatabases.postgresAvailable()) rows.add(run("PostgreSQL", TestDatabases.postgres(), n, file, people));
        System.out.printf("%nOrg-chart import benchmark: %,d rows, %d cores, max heap %d MiB%n", n,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-11s %9s %9s %9s %9s %9s %11s %7s%n", "database", "parse+plan", "apply", "total", "re-import",
                "baseline", "total/base", "changes");
        for (String[] r : rows) System.out.printf("%-11s %9s %9s %9s %9s %9s %11s %7s%n", (Object[]) r);
        System.exit(0);
    }

    private static String[] run(String name, TestDatabases.TestDatabase db, int n, byte[] file, Map<String, PeopleByEmail.Person> people) {
        try (db) {
            Clock clock = Clock.systemUTC();
            JdbcLeaders leaders = new JdbcLeaders(db.jdbc(), clock);
            for (int i = 0; i < n; i += 5)
                leaders.save(Leader.joining(new LeaderId(ACME, "U" + i), "Person " + i, Instant.now()).withProfile("Person " + i, Optional.of("Typed"), Optional.empty()));
            OrgChart orgChart = OrgChart.jdbc(db.jdbc(), leaders, new JdbcOutbox(db.jdbc(), clock, db.isPostgres()), db.transactions(),
                    new Texts(), clock, List.of());
            PeopleByEmail lookup = (ws, emails) -> people;
            long t0 = System.nanoTime();
            ImportPlan plan = ((PlanImport.Result.Planned) orgChart.preview(ACME, file, lookup)).plan();
            long t1 = System.nanoTime();
            ApplyImport.Applied applied = orgChart.apply(plan);
            long t2 = System.nanoTime();
            orgChart.apply(((PlanImport.Result.Planned) orgChart.preview(ACME, file, lookup)).plan());
            long t3 = System.nanoTime();
            db.transactions().inTransaction(() -> {
                for (int i = 0; i < n; i++) leaders.save(Leader.joining(new LeaderId(ACME, "B" + i), "Person " + i, Instant.now()));
                return null;
            });
            long t4 = System.nanoTime();
            return new String[] {name, s(t1 - t0), s(t2 - t1), s(t2 - t0), s(t3 - t2), s(t4 - t3),
                    String.format("%.2f", (double) (t2 - t0) / (t4 - t3)), String.valueOf(plan.changes().size() + applied.invited())};
        }
    }

    /** A company of n: a CEO, ten directors, managers of ten each below them. */
    static byte[] file(int n) {
        StringBuilder s = new StringBuilder("email;name;department;manager_email;timezone;location;not_with;sponsor\n");
        for (int i = 0; i < n; i++) {
            String manager = i == 0 ? "" : email(i <= 10 ? 0 : (i / 10));
            s.append(email(i)).append(";Person ").append(i).append(";Avdelning ").append(i % 37).append(';').append(manager)
                    .append(";Europe/Stockholm;Göteborg;").append(i > 2 && i % 50 == 0 ? email(i - 1) : "").append(';')
                    .append(i < 10 ? "true" : "").append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String email(int i) {
        return "person" + i + "@acme.se";
    }

    private static String s(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }
}
