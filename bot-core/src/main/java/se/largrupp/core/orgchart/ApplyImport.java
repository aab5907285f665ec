package se.largrupp.core.orgchart;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Transactions;

/**
 * Applies a plan in one transaction: HR's facts stored for everyone matched, leaders' department, manager and time
 * zone set as precedence says, the others invited. Applying the same file again changes nothing.
 */
public final class ApplyImport {
    private final Leaders leaders;
    private final OrgFacts facts;
    private final Transactions transactions;
    private final Clock clock;
    private final List<OrgChartChanged> listeners;
    private final Optional<se.largrupp.core.leaders.Sponsors> sponsors;

    /** What Apply did. {@code changedLeaders}: leaders whose stored facts changed (the re-org guard looks at them). */
    public record Applied(int leadersUpdated, int invited, List<LeaderId> changedLeaders, List<LeaderId> newlyInvited) {
        public Applied {
            changedLeaders = List.copyOf(changedLeaders);
            newlyInvited = List.copyOf(newlyInvited);
        }
    }

    public ApplyImport(Leaders leaders, OrgFacts facts, Transactions transactions, Clock clock, List<OrgChartChanged> listeners) {
        this(leaders, facts, transactions, clock, listeners, Optional.empty());
    }

    /** @param sponsors where the file's {@code sponsor} column's {@code true} is recorded (true adds; false changes nothing) */
    public ApplyImport(Leaders leaders, OrgFacts facts, Transactions transactions, Clock clock, List<OrgChartChanged> listeners,
                       Optional<se.largrupp.core.leaders.Sponsors> sponsors) {
        this.sponsors = sponsors;
        this.leaders = leaders;
        this.facts = facts;
        this.transactions = transactions;
        this.clock = clock;
        this.listeners = listeners; // kept as given: the re-org guard joins after the feature is built
    }

    public Applied apply(ImportPlan plan) {
        return apply(plan, new LeaderId(plan.workspace(), IMPORTER));
    }

    /** Who added a sponsor when the command line imported the file: no person, the import itself. */
    public static final String IMPORTER = "largrupp-import";

    /** @param by the admin who applied the preview (recorded as who added the file's sponsors) */
    public Applied apply(ImportPlan plan, LeaderId by) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<LeaderId> changed = new ArrayList<>(), invitedNow = new ArrayList<>();
            int invited = 0;
            java.util.Set<LeaderId> alreadyInvited = new java.util.HashSet<>();
            facts.invited(plan.workspace()).forEach(i -> alreadyInvited.add(i.person()));
            Map<LeaderId, Map<FactSource, OrgFact>> all = facts.inWorkspace(plan.workspace());
            Map<LeaderId, Leader> active = new java.util.HashMap<>();
            leaders.inWorkspace(plan.workspace()).forEach(l -> active.put(l.id(), l));
            for (ImportPlan.Match m : plan.matched()) {
                Map<FactSource, OrgFact> stored = all.getOrDefault(m.id(), Map.of());
                OrgFact hr = Changes.hrFact(m, now);
                if (stored.get(FactSource.HR) == null || !stored.get(FactSource.HR).sameAs(hr)) facts.save(hr);
                // Those not in the programme may still have left it: only they need a look of their own.
                Optional<Leader> leader = Optional.ofNullable(active.get(m.id())).or(() -> leaders.find(m.id()));
                if (leader.isPresent()) {
                    if (!Precedence.overruled(stored) && !stored.containsKey(FactSource.TYPED)) facts.save(typed(leader.get(), now));
                    if (update(leader.get(), Changes.withHr(stored, hr), m)) changed.add(m.id());
                }
                if (leader.filter(l -> !(l.status() instanceof LeaderStatus.Left)).isEmpty()) {
                    boolean isNew = !alreadyInvited.contains(m.id());
                    facts.invite(m.id(), m.name(), now);
                    if (!m.notWith().isEmpty()) facts.saveNotWith(m.id(), m.notWith());
                    if (isNew) invitedNow.add(m.id());
                    invited++;
                }
            }
            sponsors.ifPresent(store -> plan.sponsors().forEach(who -> store.add(who, by)));
            Applied applied = new Applied(changed.size(), invited, changed, invitedNow);
            listeners.forEach(l -> l.changed(plan.workspace(), applied.changedLeaders()));
            return applied;
        });
    }

    /** What the leader's row held before HR spoke: their own word, kept in case HR stops saying anything. */
    private static OrgFact typed(Leader l, Instant now) {
        return new OrgFact(l.id(), FactSource.TYPED, l.department(), l.manager(), Optional.empty(), Optional.empty(), now);
    }

    private boolean update(Leader l, Map<FactSource, OrgFact> facts, ImportPlan.Match m) {
        Precedence.Effective e = Precedence.of(facts, l);
        Leader next = l.withProfile(l.displayName(), e.department(), e.manager()).withZone(e.zone());
        if (!m.notWith().isEmpty()) next = next.withNotWith(m.notWith().stream().filter(o -> !o.equals(l.id())).toList());
        if (next.equals(l)) return false;
        leaders.save(next);
        return true;
    }
}
