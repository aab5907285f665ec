package se.largrupp.core.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** Preview, then Apply, on H2 and PostgreSQL: HR's facts land where precedence says, and a second run changes nothing. */
class ImportOrgChartTest {
    static final Workspace ACME = new Workspace(Platform.SLACK, "T0ACME");
    static final String FILE = """
            email,name,department,manager_email,timezone,location,not_with,sponsor
            vd@acme.se,Vera Dahl,Ledning,,,,,true
            karin@acme.se,Karin Lind,Försäljning,vd@acme.se,Europe/Stockholm,Göteborg,,
            asa@acme.se,Åsa Öberg,Försäljning,karin@acme.se,America/Sao_Paulo,,bo@acme.se,
            bo@acme.se,Bo Berg,Ekonomi,vd@acme.se,,,,
            ghost@acme.se,Gunnel Ghost,Ekonomi,vd@acme.se,,,,
            """;
    private final MutableClock clock = MutableClock.standard();
    private final Map<String, PeopleByEmail.Person> workspace = new HashMap<>(Map.of(
            "vd@acme.se", new PeopleByEmail.Person("U0VD", "Vera"),
            "karin@acme.se", new PeopleByEmail.Person("U0KARIN", "Karin"),
            "asa@acme.se", new PeopleByEmail.Person("U0ASA", "Åsa"),
            "bo@acme.se", new PeopleByEmail.Person("U0BO", "Bo")));

    static LeaderId id(String user) {
        return new LeaderId(ACME, user);
    }

    record Setup(JdbcRepositories repos, JdbcOrgFacts facts, PlanImport planner, ApplyImport applier) {}

    private Setup setup(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOrgFacts facts = new JdbcOrgFacts(db.jdbc());
        return new Setup(r, facts, new PlanImport(r.leaders(), facts), new ApplyImport(r.leaders(), facts, r.transactions(), clock, List.of()));
    }

    private PlanImport.Result plan(Setup s, String csv) {
        OrgChartCsv.Parsed.Rows rows = (OrgChartCsv.Parsed.Rows) OrgChartCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        Map<String, PeopleByEmail.Person> found = new HashMap<>();
        PlanImport.emailsToLookUp(rows).forEach(e -> { if (workspace.containsKey(e)) found.put(e, workspace.get(e)); });
        return s.planner().plan(ACME, rows, found);
    }

    private ImportPlan planned(Setup s, String csv) {
        PlanImport.Result r = plan(s, csv);
        assertThat(r).isInstanceOf(PlanImport.Result.Planned.class);
        return ((PlanImport.Result.Planned) r).plan();
    }

    private List<String> refusals(Setup s, String csv) {
        PlanImport.Result r = plan(s, csv);
        assertThat(r).isInstanceOf(PlanImport.Result.Refused.class);
        OrgChartMessages m = new OrgChartMessages(new Texts());
        return ((PlanImport.Result.Refused) r).problems().stream().map(p -> m.problem(Language.EN, p)).toList();
    }

    private Leader joined(Setup s, String user, String name, Optional<String> department, Optional<LeaderId> manager) {
        Leader l = Leader.joining(id(user), name, clock.instant()).withProfile(name, department, manager);
        s.repos().leaders().save(l);
        return l;
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_preview_counts_and_lists_and_changes_nothing_then_apply_sets_facts_and_invites_the_others(TestDatabase db) {
        Setup s = setup(db);
        joined(s, "U0KARIN", "Karin Lind", Optional.of("Sälj"), Optional.empty());
        joined(s, "U0BO", "Bo Berg", Optional.of("Ekonomi"), Optional.of(id("U0KARIN")));

        ImportPlan plan = planned(s, FILE);

        assertThat(plan.matched()).extracting(ImportPlan.Match::id).containsExactly(id("U0VD"), id("U0KARIN"), id("U0ASA"), id("U0BO"));
        assertThat(plan.notFound()).containsExactly(new ImportPlan.NotFound(6, "ghost@acme.se", "Gunnel Ghost"));
        assertThat(plan.managersNamed()).isEqualTo(4);
        assertThat(plan.managersResolved()).isEqualTo(4);
        assertThat(plan.toInvite()).extracting(ImportPlan.Match::id).containsExactly(id("U0VD"), id("U0ASA"));
        assertThat(plan.sponsors()).containsExactly(id("U0VD"));
        OrgChartMessages m = new OrgChartMessages(new Texts());
        assertThat(plan.changes()).extracting(c -> m.change(Language.EN, c)).containsExactly(
                "Karin Lind: department Sälj → Försäljning", "Karin Lind: manager none → Vera Dahl",
                "Bo Berg: manager Karin Lind → Vera Dahl");
        assertThat(s.repos().leaders().find(id("U0KARIN")).orElseThrow().department()).contains("Sälj");
        assertThat(s.facts().inWorkspace(ACME)).isEmpty();

        ApplyImport.Applied applied = s.applier().apply(plan);

        assertThat(applied.leadersUpdated()).isEqualTo(2);
        assertThat(applied.newlyInvited()).containsExactly(id("U0VD"), id("U0ASA"));
        Leader karin = s.repos().leaders().find(id("U0KARIN")).orElseThrow();
        assertThat(karin.department()).contains("Försäljning");
        assertThat(karin.manager()).contains(id("U0VD"));
        assertThat(karin.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(s.repos().leaders().find(id("U0BO")).orElseThrow().manager()).contains(id("U0VD"));
        assertThat(s.repos().leaders().find(id("U0ASA"))).as("invited, not enrolled").isEmpty();
        assertThat(s.facts().invited(ACME)).extracting(OrgFacts.Invited::person).containsExactlyInAnyOrder(id("U0VD"), id("U0ASA"));
        assertThat(s.facts().of(id("U0ASA")).get(FactSource.HR).manager()).contains(id("U0KARIN"));
        assertThat(s.facts().notWith(id("U0ASA"))).containsExactly(id("U0BO"));
        assertThat(s.facts().of(id("U0KARIN")).get(FactSource.TYPED).department()).as("her own word is kept").contains("Sälj");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void importing_the_same_file_again_changes_nothing_and_invites_nobody_again(TestDatabase db) {
        Setup s = setup(db);
        joined(s, "U0KARIN", "Karin Lind", Optional.of("Sälj"), Optional.empty());
        s.applier().apply(planned(s, FILE));
        Map<LeaderId, Map<FactSource, OrgFact>> before = s.facts().inWorkspace(ACME);
        List<Leader> leadersBefore = s.repos().leaders().inWorkspace(ACME);
        clock.advance(java.time.Duration.ofDays(1));

        ImportPlan again = planned(s, FILE);
        ApplyImport.Applied applied = s.applier().apply(again);

        assertThat(again.changes()).isEmpty();
        assertThat(applied.leadersUpdated()).isZero();
        assertThat(applied.newlyInvited()).isEmpty();
        assertThat(s.facts().inWorkspace(ACME)).isEqualTo(before);
        assertThat(s.repos().leaders().inWorkspace(ACME)).isEqualTo(leadersBefore);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_directory_beats_hr_and_hr_beats_what_the_leader_typed_fact_by_fact(TestDatabase db) {
        Setup s = setup(db);
        joined(s, "U0BO", "Bo Berg", Optional.of("Ekon"), Optional.of(id("U0KARIN")));
        s.facts().save(new OrgFact(id("U0BO"), FactSource.DIRECTORY, Optional.empty(), Optional.of(id("U0KARIN")),
                Optional.empty(), Optional.empty(), clock.instant()));

        ImportPlan plan = planned(s, FILE);
        s.applier().apply(plan);

        Leader bo = s.repos().leaders().find(id("U0BO")).orElseThrow();
        assertThat(bo.manager()).as("the directory's manager stays").contains(id("U0KARIN"));
        assertThat(bo.department()).as("HR's department beats the typed one").contains("Ekonomi");
        assertThat(plan.changes()).extracting(ImportPlan.Change::fact).containsExactly(ImportPlan.Fact.DEPARTMENT);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_unknown_manager_and_a_circle_are_refused_with_lines_and_nothing_changes(TestDatabase db) {
        Setup s = setup(db);
        joined(s, "U0KARIN", "Karin Lind", Optional.of("Sälj"), Optional.empty());

        assertThat(refusals(s, """
                email,name,department,manager_email
                karin@acme.se,Karin,Sälj,asa@acme.se
                asa@acme.se,Åsa,Sälj,bo@acme.se
                bo@acme.se,Bo,Ekonomi,karin@acme.se
                vd@acme.se,Vera,Ledning,nobody@acme.se
                """)).containsExactly(
                "Line 2: the reporting line runs in a circle: karin@acme.se → asa@acme.se → bo@acme.se → karin@acme.se.",
                "Line 5: the manager nobody@acme.se is neither in the file nor in the workspace.");
        assertThat(s.facts().inWorkspace(ACME)).isEmpty();
        assertThat(s.repos().leaders().find(id("U0KARIN")).orElseThrow().manager()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_circle_through_a_leader_the_file_does_not_name_is_found_too(TestDatabase db) {
        Setup s = setup(db);
        workspace.put("dag@acme.se", new PeopleByEmail.Person("U0DAG", "Dag"));
        joined(s, "U0DAG", "Dag", Optional.empty(), Optional.of(id("U0ASA")));

        assertThat(refusals(s, "email,name,department,manager_email\nasa@acme.se,Åsa,Sälj,dag@acme.se\n")).containsExactly(
                "Line 2: the reporting line runs in a circle: asa@acme.se → U0DAG → asa@acme.se.");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_manager_in_the_workspace_but_not_in_the_file_is_linked(TestDatabase db) {
        Setup s = setup(db);
        ImportPlan plan = planned(s, "email,name,department,manager_email\nasa@acme.se,Åsa,Sälj,vd@acme.se\n");

        assertThat(plan.matched().get(0).manager()).contains(id("U0VD"));
        assertThat(plan.managersResolved()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void forgetting_a_person_erases_every_fact_about_them_and_every_link_to_them(TestDatabase db) {
        Setup s = setup(db);
        s.applier().apply(planned(s, FILE));

        s.facts().forget(id("U0KARIN"));

        assertThat(s.facts().of(id("U0KARIN"))).isEmpty();
        assertThat(s.facts().of(id("U0ASA")).get(FactSource.HR).manager()).isEmpty();
        s.facts().forget(id("U0BO"));
        assertThat(s.facts().notWith(id("U0ASA"))).isEmpty();
        assertThat(s.repos().leaders().find(id("U0ASA"))).isEmpty();
        assertThat(s.facts().invited(ACME)).extracting(OrgFacts.Invited::person).doesNotContain(id("U0KARIN"));
        assertThat(LeaderStatus.active()).isNotNull();
    }
}
