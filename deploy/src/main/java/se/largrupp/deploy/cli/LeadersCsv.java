package se.largrupp.deploy.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.regrouping.Candidate;

/**
 * {@code leaders.csv}: {@code id,name,department,manager_id} and optionally {@code timezone} (an IANA zone such as
 * Europe/Stockholm) and {@code not_with} (ids separated by {@code ;}, at most three). Every row is checked; all
 * problems are reported at once, each with its line.
 */
final class LeadersCsv {
    static final List<String> REQUIRED = List.of("id", "name", "department", "manager_id");
    private static final int MAX_NOT_WITH = 3;

    record Leader(int line, String id, String name, Candidate candidate) {}

    private LeadersCsv() {}

    static Optional<List<Leader>> read(Path path, Instant at, List<String> problems) {
        Optional<CsvFile> file = CsvFile.read(path, REQUIRED, problems);
        if (file.isEmpty()) return Optional.empty();
        String name = file.get().name;
        int before = problems.size();
        Map<String, CsvFile.Row> byId = new LinkedHashMap<>();
        for (CsvFile.Row row : file.get().rows) {
            String id = row.get("id");
            if (id.isEmpty()) problems.add(name + ": line " + row.line() + ": the id is empty");
            else if (byId.containsKey(id))
                problems.add(name + ": line " + row.line() + ": duplicate id '" + id + "' (first on line " + byId.get(id).line() + ")");
            else byId.put(id, row);
        }
        if (byId.isEmpty() && problems.size() == before)
            problems.add(name + ": no leaders after the header line");
        List<Leader> out = new ArrayList<>();
        for (CsvFile.Row row : byId.values()) {
            String id = row.get("id");
            String manager = row.get("manager_id");
            if (!manager.isEmpty() && !byId.containsKey(manager))
                problems.add(name + ": line " + row.line() + ": manager_id '" + manager + "' of '" + id + "' is not an id in the file");
            if (manager.equals(id)) problems.add(name + ": line " + row.line() + ": '" + id + "' is their own manager");
            int offset = 0;
            String zone = row.get("timezone");
            if (!zone.isEmpty()) {
                try {
                    offset = ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
                } catch (DateTimeException e) {
                    problems.add(name + ": line " + row.line() + ": unknown time zone '" + zone + "' (use a name such as Europe/Stockholm)");
                }
            }
            List<String> notWith = Arrays.stream(row.get("not_with").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (notWith.size() > MAX_NOT_WITH)
                problems.add(name + ": line " + row.line() + ": not_with lists " + notWith.size() + " ids; at most " + MAX_NOT_WITH);
            for (String other : notWith)
                if (!byId.containsKey(other))
                    problems.add(name + ": line " + row.line() + ": not_with '" + other + "' is not an id in the file");
            String dept = row.get("department");
            out.add(new Leader(row.line(), id, row.get("name"), new Candidate(id, dept.isEmpty() ? Optional.empty() : Optional.of(dept),
                    manager.isEmpty() ? Optional.empty() : Optional.of(manager), offset, Optional.empty(), notWith, true)));
        }
        cycles(name, byId, problems);
        return problems.size() == before ? Optional.of(out) : Optional.empty();
    }

    /** A manager chain that comes back to where it started (each cycle reported once, at its first line). */
    private static void cycles(String name, Map<String, CsvFile.Row> byId, List<String> problems) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current walk, 2 = done
        for (String start : byId.keySet()) {
            List<String> walk = new ArrayList<>();
            String at = start;
            while (at != null && byId.containsKey(at) && !state.containsKey(at)) {
                state.put(at, 1);
                walk.add(at);
                String m = byId.get(at).get("manager_id");
                at = m.isEmpty() ? null : m;
            }
            if (at != null && state.get(at) != null && state.get(at) == 1) {
                List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(at), walk.size()));
                cycle.add(at);
                problems.add(name + ": line " + byId.get(at).line() + ": manager cycle " + String.join(" -> ", cycle));
            }
            walk.forEach(w -> state.put(w, 2));
        }
    }
}
