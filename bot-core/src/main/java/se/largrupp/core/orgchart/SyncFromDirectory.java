package se.largrupp.core.orgchart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.leaders.usecases.ParticipationChanged;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Reads department and manager chain from the directory when a leader joins and every night at 02:00 UTC, and stores
 * them as the strongest source: the leader's row follows by precedence, and the managers above get their manager link
 * too, so the chain is whole even through people who are not in the programme. The directory is asked outside any
 * transaction; each leader is stored in a transaction of their own, so one failure does not stop the others.
 */
public final class SyncFromDirectory implements Wakeups.Handler {
    public static final String TOPIC = "orgchart.sync";
    static final String NIGHTLY = "nightly";
    static final String LEADER = "leader:";
    static final LocalTime AT = LocalTime.of(2, 0);
    private static final Logger log = LoggerFactory.getLogger(SyncFromDirectory.class);

    private final List<Directory> directories;
    private final Leaders leaders;
    private final OrgFacts facts;
    private final Transactions transactions;
    private final Wakeups wakeups;
    private final Clock clock;
    private final List<OrgChartChanged> listeners;

    public SyncFromDirectory(List<Directory> directories, Leaders leaders, OrgFacts facts, Transactions transactions, Wakeups wakeups,
                             Clock clock, List<OrgChartChanged> listeners) {
        // Kept as given: the composition root adds the adapters' directories once the adapters exist.
        this.directories = directories;
        this.leaders = leaders;
        this.facts = facts;
        this.transactions = transactions;
        this.wakeups = wakeups;
        this.clock = clock;
        this.listeners = listeners; // kept as given, like the directories
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** A leader who joins is read at once (after their join commits: the wake-up is scheduled after commit). */
    public ParticipationChanged onJoin() {
        // No directory is asked here (this runs in the join's transaction): the wake-up decides.
        return (leader, at) -> wakeups.schedule(TOPIC, LEADER + leader.key(), at);
    }

    /** At start-up (idempotent): the next nightly run. */
    public void plan() {
        wakeups.schedule(TOPIC, NIGHTLY, nextNight(clock.instant()));
    }

    static Instant nextNight(Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(AT);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    @Override
    public void wake(String subject, Instant due) {
        if (subject.startsWith(LEADER)) {
            sync(LeaderId.parse(subject.substring(LEADER.length())));
            return;
        }
        int changed = 0;
        for (Workspace ws : transactions.inTransaction(facts::workspacesWithLeaders)) {
            if (directory(ws).isEmpty()) continue;
            for (Leader l : transactions.inTransaction(() -> leaders.inWorkspace(ws))) {
                try {
                    if (sync(l.id())) changed++;
                } catch (RuntimeException e) {
                    log.warn("Directory sync of a leader failed ({}); tried again tomorrow", Faults.describe(e));
                }
            }
        }
        if (changed > 0) log.info("Directory sync: {} leaders changed", changed);
        wakeups.schedule(TOPIC, NIGHTLY, nextNight(clock.instant()));
    }

    /** Reads and stores one leader's facts; true when their department or manager changed. */
    public boolean sync(LeaderId person) {
        Optional<Directory> directory = directory(person.workspace());
        // Only leaders in the programme: someone who left, or asked to be forgotten, is not read again.
        boolean inProgramme = transactions.inTransaction(() -> leaders.find(person))
                .filter(l -> !(l.status() instanceof se.largrupp.core.leaders.LeaderStatus.Left)).isPresent();
        if (directory.isEmpty() || !inProgramme) return false;
        Optional<Directory.Entry> entry = directory.get().lookup(person);
        if (entry.isEmpty()) return false;
        return transactions.inTransaction(() -> store(person, entry.get()));
    }

    private boolean store(LeaderId person, Directory.Entry e) {
        Instant now = clock.instant();
        List<LeaderId> line = new ArrayList<>(List.of(person));
        line.addAll(e.managers());
        for (int i = 0; i < line.size(); i++) {
            LeaderId who = line.get(i);
            Optional<LeaderId> manager = i + 1 < line.size() ? Optional.of(line.get(i + 1)) : Optional.empty();
            if (manager.filter(who::equals).isPresent() || (i > 0 && manager.isEmpty())) continue;
            Map<FactSource, OrgFact> stored = facts.of(who);
            OrgFact old = stored.get(FactSource.DIRECTORY);
            // Above the leader the directory told only the manager link: their department stays what it was.
            Optional<String> department = i == 0 ? e.department() : Optional.ofNullable(old).flatMap(OrgFact::department);
            OrgFact fact = new OrgFact(who, FactSource.DIRECTORY, department, manager, Optional.empty(), Optional.empty(), now);
            if (old == null || !old.sameAs(fact)) facts.save(fact);
        }
        Optional<Leader> leader = leaders.find(person);
        if (leader.isEmpty()) return false;
        Precedence.Effective eff = Precedence.of(facts.of(person), leader.get());
        Leader next = leader.get().withProfile(leader.get().displayName(), eff.department(), eff.manager()).withZone(eff.zone());
        if (next.equals(leader.get())) return false;
        leaders.save(next);
        listeners.forEach(l -> l.changed(person.workspace(), List.of(person)));
        return true;
    }

    private Optional<Directory> directory(Workspace ws) {
        return directories.stream().filter(d -> d.covers(ws)).findFirst();
    }
}
