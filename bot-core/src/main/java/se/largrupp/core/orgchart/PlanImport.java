package se.largrupp.core.orgchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;

/**
 * Turns a parsed file and the platform's answers about its e-mail addresses into an {@link ImportPlan}, or refuses
 * it: a manager neither in the file nor in the workspace, a not-with name nobody knows, a reporting line that runs
 * in a circle (with what the programme already knows). Reads only; nothing changes before Apply.
 */
public final class PlanImport {
    private final Leaders leaders;
    private final OrgFacts facts;

    public sealed interface Result {
        record Planned(ImportPlan plan) implements Result {}

        record Refused(List<ImportProblem> problems) implements Result {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    public PlanImport(Leaders leaders, OrgFacts facts) {
        this.leaders = leaders;
        this.facts = facts;
    }

    /** Every address the platform must be asked about: people, their managers and their not-with names. */
    public static Set<String> emailsToLookUp(OrgChartCsv.Parsed.Rows rows) {
        Set<String> out = new LinkedHashSet<>();
        for (OrgChartRow r : rows.rows()) {
            out.add(r.email());
            r.managerEmail().ifPresent(out::add);
            out.addAll(r.notWith());
        }
        return out;
    }

    public Result plan(Workspace workspace, OrgChartCsv.Parsed.Rows rows, Map<String, PeopleByEmail.Person> found) {
        Map<String, OrgChartRow> byEmail = rows.rows().stream().collect(Collectors.toMap(OrgChartRow::email, r -> r));
        Map<String, LeaderId> ids = new HashMap<>();
        found.forEach((email, p) -> ids.put(email, new LeaderId(workspace, p.userId())));
        List<ImportProblem> problems = new ArrayList<>();
        int named = 0, resolved = 0;
        for (OrgChartRow r : rows.rows()) {
            if (r.managerEmail().isPresent()) {
                named++;
                String m = r.managerEmail().get();
                if (ids.containsKey(m)) resolved++;
                else if (!byEmail.containsKey(m)) problems.add(ImportProblem.at(r.line(), "unknownManager", m));
            }
            for (String other : r.notWith())
                if (!ids.containsKey(other) && !byEmail.containsKey(other)) problems.add(ImportProblem.at(r.line(), "unknownNotWith", other));
        }
        Map<LeaderId, Leader> known = new HashMap<>();
        leaders.inWorkspace(workspace).forEach(l -> known.put(l.id(), l));
        Map<LeaderId, Map<FactSource, OrgFact>> stored = facts.inWorkspace(workspace);
        problems.addAll(ReportingLines.cycles(rows.rows(), ids, known, stored));
        if (!problems.isEmpty()) return new Result.Refused(problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::line)).toList());

        List<ImportPlan.Match> matched = new ArrayList<>();
        List<ImportPlan.NotFound> notFound = new ArrayList<>();
        List<ImportPlan.Change> changes = new ArrayList<>();
        Map<LeaderId, String> fileNames = new HashMap<>();
        for (OrgChartRow r : rows.rows()) if (ids.containsKey(r.email()) && !r.name().isEmpty()) fileNames.put(ids.get(r.email()), r.name());
        java.util.function.Function<LeaderId, String> names = id -> Optional.ofNullable(known.get(id)).map(Leader::displayName)
                .or(() -> Optional.ofNullable(fileNames.get(id))).orElseGet(() -> se.largrupp.core.commands.Formats.name(leaders, id));
        for (OrgChartRow r : rows.rows()) {
            LeaderId id = ids.get(r.email());
            if (id == null) {
                notFound.add(new ImportPlan.NotFound(r.line(), r.email(), r.name()));
                continue;
            }
            Optional<Leader> leader = Optional.ofNullable(known.get(id)).or(() -> leaders.find(id));
            boolean inProgramme = leader.filter(l -> !(l.status() instanceof LeaderStatus.Left)).isPresent();
            String name = r.name().isEmpty() ? leader.map(Leader::displayName).orElse(found.get(r.email()).displayName()) : r.name();
            ImportPlan.Match m = new ImportPlan.Match(r.line(), name, id, r.department(), r.managerEmail().map(ids::get),
                    r.zone(), r.location(), r.notWith().stream().map(ids::get).filter(java.util.Objects::nonNull).toList(),
                    r.sponsor(), inProgramme);
            matched.add(m);
            if (inProgramme) changes.addAll(Changes.of(leader.get(), m, stored.getOrDefault(id, Map.of()), names));
        }
        return new Result.Planned(new ImportPlan(workspace, matched, notFound, named, resolved, changes, rows.hasSponsorColumn()));
    }
}
