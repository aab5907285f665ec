package se.largrupp.core.orgchart;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;

/**
 * Which source's word counts, fact by fact: the directory, then HR's file, then what the leader typed (kept as a
 * {@link FactSource#TYPED} row once a stronger source overruled it, so it comes back if HR stops saying anything).
 */
final class Precedence {
    /** What a leader's row should hold. */
    record Effective(Optional<String> department, Optional<LeaderId> manager, ZoneId zone) {}

    private Precedence() {}

    static Effective of(Map<FactSource, OrgFact> facts, Leader current) {
        Optional<String> department = pick(facts, OrgFact::department, current.department());
        Optional<LeaderId> manager = pick(facts, OrgFact::manager, current.manager()).filter(m -> !m.equals(current.id()));
        ZoneId zone = pick(facts, OrgFact::zone, Optional.of(current.zone())).orElse(current.zone());
        return new Effective(department, manager, zone);
    }

    /** The strongest source's value; failing that, the typed row's word (even "none"), or what the leader's row holds. */
    private static <T> Optional<T> pick(Map<FactSource, OrgFact> facts, Function<OrgFact, Optional<T>> fact, Optional<T> current) {
        for (FactSource s : new FactSource[] {FactSource.DIRECTORY, FactSource.HR}) {
            OrgFact f = facts.get(s);
            if (f != null && fact.apply(f).isPresent()) return fact.apply(f);
        }
        OrgFact typed = facts.get(FactSource.TYPED);
        return typed != null ? fact.apply(typed) : current;
    }

    /** Whether a stronger source than the leader holds this person's facts. */
    static boolean overruled(Map<FactSource, OrgFact> facts) {
        return facts.containsKey(FactSource.DIRECTORY) || facts.containsKey(FactSource.HR);
    }
}
