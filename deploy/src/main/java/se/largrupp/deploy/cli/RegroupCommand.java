package se.largrupp.deploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.PastGroup;
import se.largrupp.core.regrouping.Plan;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.regrouping.RegroupResult;
import se.largrupp.core.regrouping.Regrouper;

/**
 * Plans groups from an HR export, without the bot: the same engine as {@code /lärgrupp regroup}. The plan goes to
 * {@code --out} (or stdout), a summary to stderr. Exit codes: 0 planned, 1 bad input file, 3 the hard rules cannot be
 * met (the message names the rule and the leaders); picocli answers bad options with 2.
 */
@Command(name = "regroup", mixinStandardHelpOptions = true,
        description = "Plan learning groups of 3-4 from leaders.csv: mixed departments, nobody with their own manager, new colleagues every round.")
public final class RegroupCommand implements Callable<Integer> {
    static final int BAD_INPUT = 1;
    static final int REFUSED = 3;

    @Spec CommandSpec spec;

    @Option(names = "--leaders", required = true, description = "CSV: id,name,department,manager_id[,timezone][,not_with] (UTF-8)")
    Path leaders;

    @Option(names = "--history", description = "CSV: round,group,id of earlier rounds (the --out format)")
    Path history;

    @Option(names = "--size", defaultValue = "4", description = "preferred group size, 3 or 4 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--rounds", defaultValue = "1", description = "rounds to plan together (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same input: same groups (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--depth", defaultValue = "2",
            description = "managers kept out of a leader's group: 1 = own manager, 2 = also theirs (default), 0 = the whole chain")
    int depth;

    @Option(names = "--allow-five", description = "for exactly five leaders, form one group of five")
    boolean allowFive;

    @Option(names = "--effort", defaultValue = "100", description = "search effort per leader and round (default ${DEFAULT-VALUE})")
    int effort;

    @Option(names = "--out", description = "where to write the plan (default: stdout)")
    Path out;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((size != 3 && size != 4) || rounds < 1 || rounds > 100 || depth < 0 || effort < 1
                || !(format.equals("csv") || format.equals("json"))) {
            err.println("regroup: --size must be 3 or 4, --rounds 1-100, --depth 0 or more, --effort positive, --format csv or json");
            return 2;
        }
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Optional<List<LeadersCsv.Leader>> people = LeadersCsv.read(leaders, Instant.now(), problems);
        Optional<List<PastGroup>> past = history == null ? Optional.of(List.of()) : HistoryCsv.read(history, problems);
        if (!problems.isEmpty() || people.isEmpty() || past.isEmpty()) {
            problems.forEach(p -> err.println("regroup: " + p));
            return BAD_INPUT;
        }
        RegroupOptions options = RegroupOptions.defaults().withPreferredSize(size).withSeed(seed).withAllowFive(allowFive)
                .withManagerDepth(depth == 0 ? RegroupOptions.WHOLE_CHAIN : depth).withEffort(effort);
        List<Candidate> candidates = people.get().stream().map(LeadersCsv.Leader::candidate).toList();
        RegroupResult result = new Regrouper(options).planRounds(candidates, past.get(), rounds);
        if (result instanceof RegroupResult.Refused refused) {
            err.println("regroup: cannot regroup (" + refused.refusal().rule() + "): " + refused.refusal().detail()
                    + "; leaders: " + String.join(", ", refused.refusal().leaders()));
            return REFUSED;
        }
        Plan plan = ((RegroupResult.Planned) result).plan();
        int firstRound = past.get().stream().mapToInt(PastGroup::round).max().orElse(0) + 1;
        Map<String, String> names = people.get().stream().collect(Collectors.toMap(LeadersCsv.Leader::id, LeadersCsv.Leader::name));
        write(plan, firstRound, names);
        Plan.Totals t = plan.totals();
        err.printf("regroup: %d leaders, %d round%s from round %d: %d groups; repeat pairs %d, same-department pairs %d, "
                        + "widest time-zone spread %.1f h, hard violations %d; %.2f s%n",
                candidates.size(), rounds, rounds == 1 ? "" : "s", firstRound, t.groups(), t.repeatPairs(),
                t.sameDepartmentPairs(), t.maxZoneSpreadHours(), t.hardViolations(), (System.nanoTime() - started) / 1e9);
        err.flush();
        return 0;
    }

    private void write(Plan plan, int firstRound, Map<String, String> names) throws IOException {
        StringWriter text = new StringWriter();
        if (format.equals("json")) Json.write(text, plan, firstRound, names::get);
        else HistoryCsv.write(text, rows(plan, firstRound));
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(text.toString());
            }
        }
    }

    private static List<HistoryCsv.Row> rows(Plan plan, int firstRound) {
        List<HistoryCsv.Row> rows = new ArrayList<>();
        for (Plan.Round r : plan.rounds())
            for (int g = 0; g < r.groups().size(); g++)
                for (String id : r.groups().get(g).members()) rows.add(new HistoryCsv.Row(firstRound + r.index() - 1, g + 1, id));
        return rows;
    }

    /** Hand-written JSON: the deploy module needs no JSON library for this. */
    static final class Json {
        private Json() {}

        static void write(Writer w, Plan plan, int firstRound, Function<String, String> names) throws IOException {
            StringBuilder s = new StringBuilder("{\"rounds\":[");
            for (int r = 0; r < plan.rounds().size(); r++) {
                Plan.Round round = plan.rounds().get(r);
                if (r > 0) s.append(',');
                s.append("{\"round\":").append(firstRound + round.index() - 1).append(",\"groups\":[");
                for (int g = 0; g < round.groups().size(); g++) {
                    Plan.Group group = round.groups().get(g);
                    if (g > 0) s.append(',');
                    s.append("{\"group\":").append(g + 1).append(",\"members\":[");
                    for (int m = 0; m < group.members().size(); m++) {
                        String id = group.members().get(m);
                        if (m > 0) s.append(',');
                        s.append("{\"id\":").append(str(id)).append(",\"name\":").append(str(names.apply(id))).append('}');
                    }
                    s.append("],\"repeatPairs\":").append(group.repeatPairs())
                            .append(",\"sameDepartmentPairs\":").append(group.sameDepartmentPairs())
                            .append(",\"zoneSpreadHours\":").append(group.zoneSpreadHours()).append('}');
                }
                s.append("]}");
            }
            Plan.Totals t = plan.totals();
            s.append("],\"totals\":{\"groups\":").append(t.groups()).append(",\"repeatPairs\":").append(t.repeatPairs())
                    .append(",\"sameDepartmentPairs\":").append(t.sameDepartmentPairs())
                    .append(",\"maxZoneSpreadHours\":").append(t.maxZoneSpreadHours())
                    .append(",\"hardViolations\":").append(t.hardViolations()).append("}}\n");
            w.write(s.toString());
        }

        static String str(String v) {
            if (v == null) return "null";
            StringBuilder s = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    case '\t' -> s.append("\\t");
                    default -> {
                        if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                        else s.append(c);
                    }
                }
            }
            return s.append('"').toString();
        }
    }
}
