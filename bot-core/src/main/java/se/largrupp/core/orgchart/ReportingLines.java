package se.largrupp.core.orgchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;

/**
 * Finds reporting lines that would run in a circle once the file is applied: the file's own managers, and above
 * them what the programme already knows about people the file does not name. Each circle is told once, at its
 * first line.
 */
final class ReportingLines {
    private ReportingLines() {}

    static List<ImportProblem> cycles(List<OrgChartRow> rows, Map<String, LeaderId> ids, Map<LeaderId, Leader> leaders,
                                      Map<LeaderId, Map<FactSource, OrgFact>> stored) {
        Map<String, OrgChartRow> byEmail = new HashMap<>();
        Map<LeaderId, String> fileIds = new HashMap<>();
        for (OrgChartRow r : rows) {
            byEmail.put(r.email(), r);
            if (ids.containsKey(r.email())) fileIds.put(ids.get(r.email()), r.email());
        }
        Map<String, String> up = new HashMap<>();
        for (OrgChartRow r : rows) r.managerEmail().filter(m -> byEmail.containsKey(m) || ids.containsKey(m))
                .map(m -> byEmail.containsKey(m) ? "e:" + m : node(ids.get(m), fileIds)).ifPresent(m -> up.put("e:" + r.email(), m));
        Map<String, Integer> state = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (OrgChartRow r : rows) {
            List<String> path = new ArrayList<>();
            String at = "e:" + r.email();
            while (at != null && !state.containsKey(at)) {
                state.put(at, 1);
                path.add(at);
                at = next(at, up, leaders, stored, fileIds);
            }
            if (at != null && state.get(at) == 1) {
                List<String> circle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
                int line = circle.stream().filter(n -> n.startsWith("e:")).mapToInt(n -> byEmail.get(n.substring(2)).line()).min().orElse(r.line());
                circle.add(at);
                problems.add(ImportProblem.at(line, "managerCycle", String.join(" → ", circle.stream().map(ReportingLines::label).toList())));
            }
            path.forEach(n -> state.put(n, 2));
        }
        return problems;
    }

    private static String next(String node, Map<String, String> up, Map<LeaderId, Leader> leaders,
                               Map<LeaderId, Map<FactSource, OrgFact>> stored, Map<LeaderId, String> fileIds) {
        if (node.startsWith("e:")) return up.get(node);
        LeaderId id = LeaderId.parse(node.substring(2));
        Map<FactSource, OrgFact> facts = stored.getOrDefault(id, Map.of());
        Leader leader = leaders.get(id);
        Optional<LeaderId> manager = leader != null ? Precedence.of(facts, leader).manager()
                : Optional.ofNullable(facts.get(FactSource.DIRECTORY)).flatMap(OrgFact::manager)
                        .or(() -> Optional.ofNullable(facts.get(FactSource.HR)).flatMap(OrgFact::manager));
        return manager.map(m -> node(m, fileIds)).orElse(null);
    }

    private static String node(LeaderId id, Map<LeaderId, String> fileIds) {
        String email = fileIds.get(id);
        return email != null ? "e:" + email : "i:" + id.key();
    }

    private static String label(String node) {
        return node.startsWith("e:") ? node.substring(2) : LeaderId.parse(node.substring(2)).user();
    }
}
