package se.largrupp.core.orgchart;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.storage.Jdbc;

/**
 * The org-chart feature assembled: read HR's file, ask the platform who the addresses are, preview, apply, invite.
 * The chat and the command line both go through {@link #preview}, so they check and say the same.
 */
public final class OrgChart {
    private final OrgFacts facts;
    private final PlanImport planner;
    private final ApplyImport applier;
    private InviteImported inviter;
    private final OrgChartMessages messages;
    private final Optional<ImportPreviews> previews;

    public OrgChart(OrgFacts facts, Optional<ImportPreviews> previews, Leaders leaders, Outbox outbox, Transactions transactions, Texts texts, Clock clock,
                    List<OrgChartChanged> listeners, Optional<se.largrupp.core.leaders.Sponsors> sponsors) {
        this.facts = facts;
        this.previews = previews;
        this.planner = new PlanImport(leaders, facts);
        this.applier = new ApplyImport(leaders, facts, transactions, clock, listeners, sponsors);
        this.inviter = new InviteImported(facts, outbox, transactions, texts, clock);
        this.messages = new OrgChartMessages(texts);
    }

    public static OrgChart jdbc(Jdbc jdbc, Leaders leaders, Outbox outbox, Transactions transactions, Texts texts, Clock clock,
                                List<OrgChartChanged> listeners) {
        return jdbc(jdbc, leaders, outbox, transactions, texts, clock, listeners, Optional.empty());
    }

    /** @param sponsors the sponsor store the file's {@code sponsor} column adds to */
    public static OrgChart jdbc(Jdbc jdbc, Leaders leaders, Outbox outbox, Transactions transactions, Texts texts, Clock clock,
                                List<OrgChartChanged> listeners, Optional<se.largrupp.core.leaders.Sponsors> sponsors) {
        return new OrgChart(new JdbcOrgFacts(jdbc), Optional.of(new ImportPreviews(jdbc)), leaders, outbox, transactions, texts, clock,
                listeners, sponsors);
    }

    /**
     * Parses the file, asks the platform about its addresses (outside any transaction) and plans; changes nothing.
     * A file the parser refuses costs no platform call.
     */
    public PlanImport.Result preview(Workspace workspace, byte[] file, PeopleByEmail people) {
        OrgChartCsv.Parsed parsed = OrgChartCsv.parse(file);
        if (parsed instanceof OrgChartCsv.Parsed.Refused r) return new PlanImport.Result.Refused(r.problems());
        OrgChartCsv.Parsed.Rows rows = (OrgChartCsv.Parsed.Rows) parsed;
        return planner.plan(workspace, rows, people.lookup(workspace, PlanImport.emailsToLookUp(rows)));
    }

    /** The chat's handlers: register {@code OrgChartCommands::file} and {@code ::answer} with the core's builder. */
    public OrgChartCommands commands() {
        return new OrgChartCommands(this, planner, previews.orElseThrow(() -> new IllegalStateException("no preview store")));
    }

    /**
     * The addresses of a file an adapter must ask its platform about before handing the file to the core (nothing
     * when the file is refused anyway: the core then says why).
     */
    public static java.util.Set<String> addressesIn(byte[] file) {
        return OrgChartCsv.parse(file) instanceof OrgChartCsv.Parsed.Rows rows ? PlanImport.emailsToLookUp(rows) : java.util.Set.of();
    }

    public ApplyImport.Applied apply(ImportPlan plan) {
        return applier.apply(plan);
    }

    public ApplyImport.Applied apply(ImportPlan plan, se.largrupp.core.leaders.LeaderId by) {
        return applier.apply(plan, by);
    }

    /**
     * Invitations in each workspace's default language (its settings), rather than Swedish; call it while wiring,
     * before the first import.
     */
    public OrgChart invitingIn(java.util.function.Function<Workspace, se.largrupp.core.leaders.Language> workspaceLanguage) {
        inviter = inviter.inLanguageOf(workspaceLanguage);
        return this;
    }

    public InviteImported inviter() {
        return inviter;
    }

    public OrgChartMessages messages() {
        return messages;
    }

    public OrgFacts facts() {
        return facts;
    }

    /** Forget me erases what the sources said about the leader and every link to them. */
    public PersonalData personalData() {
        return personalData(ws -> List.of());
    }

    /**
     * As {@link #personalData()}, and the admins' direct messages, where a preview (waiting or already applied) or a
     * re-org notice may name the leader, are reported through {@link PersonalData#conversationsNaming}, so the
     * outbox's eraser looks there too.
     *
     * @param admins the workspace's admins, who get previews and re-org notices
     */
    public PersonalData personalData(java.util.function.Function<Workspace, List<se.largrupp.core.leaders.LeaderId>> admins) {
        return new PersonalData() {
            @Override
            public void erase(se.largrupp.core.leaders.LeaderId leader, String name, java.util.Set<se.largrupp.core.port.ConversationRef> where) {
                facts.forget(leader);
                previews.ifPresent(p -> p.forget(leader));
            }

            @Override
            public java.util.Set<se.largrupp.core.port.ConversationRef> conversationsNaming(se.largrupp.core.leaders.LeaderId leader) {
                java.util.Set<se.largrupp.core.leaders.LeaderId> people = new java.util.LinkedHashSet<>(admins.apply(leader.workspace()));
                previews.ifPresent(p -> people.addAll(p.creators(leader.workspace())));
                people.remove(leader);
                java.util.Set<se.largrupp.core.port.ConversationRef> out = new java.util.LinkedHashSet<>();
                people.forEach(p -> out.add(se.largrupp.core.port.ConversationRef.direct(p)));
                return out;
            }
        };
    }

    /** For the core's builder: the strongest of the directory's and HR's word on each fact, and HR's not-with list. */
    public se.largrupp.core.leaders.KnownFacts knownFacts() {
        return person -> {
            java.util.Map<FactSource, OrgFact> all = facts.of(person);
            OrgFact dir = all.get(FactSource.DIRECTORY), hr = all.get(FactSource.HR);
            return new se.largrupp.core.leaders.KnownFacts.Known(
                    pick(dir, hr, OrgFact::department), pick(dir, hr, OrgFact::manager).filter(m -> !m.equals(person)),
                    pick(dir, hr, OrgFact::zone), facts.notWith(person));
        };
    }

    private static <T> Optional<T> pick(OrgFact first, OrgFact second, java.util.function.Function<OrgFact, Optional<T>> f) {
        return Optional.ofNullable(first).flatMap(f).or(() -> Optional.ofNullable(second).flatMap(f));
    }

    /**
     * The directory sync over these directories: register it as a wake-up handler and {@link SyncFromDirectory#onJoin}
     * as a participation listener, and call {@link SyncFromDirectory#plan} at start-up.
     */
    public SyncFromDirectory directorySync(List<Directory> directories, Leaders leaders, Transactions transactions,
                                           se.largrupp.core.port.Wakeups wakeups, Clock clock, List<OrgChartChanged> listeners) {
        return new SyncFromDirectory(directories, leaders, facts, transactions, wakeups, clock, listeners);
    }
}
