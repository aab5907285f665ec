package se.largrupp.core.orgchart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;

/** What an import changes for a leader already in the programme, once precedence has had its say. */
final class Changes {
    private Changes() {}

    /** The facts HR's row gives, as the HR source's fact. */
    static OrgFact hrFact(ImportPlan.Match m, Instant at) {
        return new OrgFact(m.id(), FactSource.HR, m.department(), m.manager(), m.zone(), m.location(), at);
    }

    /** The facts by source once HR's row replaced the stored HR facts. */
    static Map<FactSource, OrgFact> withHr(Map<FactSource, OrgFact> stored, OrgFact hr) {
        Map<FactSource, OrgFact> out = new EnumMap<>(FactSource.class);
        out.putAll(stored);
        out.put(FactSource.HR, hr);
        return out;
    }

    static List<ImportPlan.Change> of(Leader leader, ImportPlan.Match m, Map<FactSource, OrgFact> stored,
                                      Function<LeaderId, String> names) {
        Precedence.Effective after = Precedence.of(withHr(stored, hrFact(m, Instant.EPOCH)), leader);
        List<ImportPlan.Change> out = new ArrayList<>();
        if (!after.department().equals(leader.department()))
            out.add(change(leader, ImportPlan.Fact.DEPARTMENT, leader.department(), after.department()));
        if (!after.manager().equals(leader.manager()))
            out.add(change(leader, ImportPlan.Fact.MANAGER, leader.manager().map(names), after.manager().map(names)));
        if (!after.zone().equals(leader.zone()))
            out.add(change(leader, ImportPlan.Fact.TIMEZONE, Optional.of(leader.zone().getId()), Optional.of(after.zone().getId())));
        return out;
    }

    private static ImportPlan.Change change(Leader l, ImportPlan.Fact fact, Optional<String> before, Optional<String> after) {
        return new ImportPlan.Change(l.id(), l.displayName(), fact, before.orElse(""), after.orElse(""));
    }
}
