package se.largrupp.core.orgchart;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.leaders.KnownFacts;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;

/** Who is above whom within the manager depth, through leaders and through people only the org chart knows. */
final class ReportingChains {
    private final Leaders leaders;
    private final KnownFacts known;
    private final int depth;

    ReportingChains(Leaders leaders, KnownFacts known, int depth) {
        this.leaders = leaders;
        this.known = known;
        this.depth = depth;
    }

    /** The managers above {@code who}, nearest first, at most {@code depth} of them. */
    Set<LeaderId> above(LeaderId who) {
        Set<LeaderId> out = new java.util.LinkedHashSet<>();
        Set<LeaderId> seen = new HashSet<>(List.of(who));
        LeaderId at = who;
        for (int i = 0; i < depth; i++) {
            Optional<LeaderId> up = manager(at);
            if (up.isEmpty() || !seen.add(up.get())) break;
            out.add(up.get());
            at = up.get();
        }
        return out;
    }

    /** A report and their manager who share these members, if any: the first pair found. */
    Optional<LeaderId[]> violation(List<LeaderId> members) {
        for (LeaderId m : members) for (LeaderId boss : above(m)) if (members.contains(boss)) return Optional.of(new LeaderId[] {m, boss});
        return Optional.empty();
    }

    private Optional<LeaderId> manager(LeaderId who) {
        return leaders.find(who).flatMap(Leader::manager).or(() -> known.of(who).manager());
    }
}
