package se.largrupp.core.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.Replies;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** HR's file sent to the bot: preview with buttons, nothing before Apply, invitations, and a join that asks nothing. */
class OrgChartInChatTest {
    static final String FILE = """
            email,name,department,manager_email,timezone,sponsor
            vd@acme.se,Vera Dahl,Ledning,,,true
            karin@acme.se,Karin Lind,Försäljning,vd@acme.se,Europe/London,false
            asa@acme.se,Åsa Öberg,Försäljning,karin@acme.se,America/Sao_Paulo,
            """;
    static final Map<String, String[]> PEOPLE = Map.of("vd@acme.se", new String[] {"U0VD", "Vera"},
            "karin@acme.se", new String[] {"U0KARIN", "Karin"}, "asa@acme.se", new String[] {"U0ASA", "Åsa"});
    private final MutableClock clock = MutableClock.standard();
    private final LeaderId admin = TestCore.leaderId("U0ADMIN"), asa = TestCore.leaderId("U0ASA"), karin = TestCore.leaderId("U0KARIN");
    private int deliveries;

    record Setup(CommandService commands, JdbcRepositories repos, TestDatabase db) {}

    private Setup setup(TestDatabase db) {
        return setup(db, Optional.empty());
    }

    private Setup setup(TestDatabase db, Optional<se.largrupp.core.settings.WorkspaceSettings> settings) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), outbox, r.transactions(), new Texts(), clock, List.of(),
                Optional.of(r.sponsors()));
        settings.ifPresent(store -> orgChart.invitingIn(ws -> store.of(ws).language()));
        OrgChartCommands chat = orgChart.commands();
        java.util.concurrent.atomic.AtomicReference<Largrupp> built = new java.util.concurrent.atomic.AtomicReference<>();
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(new ManualWakeups())
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).configuredAdmins("slack:T1:U0ADMIN").sponsors(r.sponsors())
                .handler(Command.OrgChart.class, chat::answer).handler(Command.OrgChartFile.class, chat::file)
                .knownFacts(orgChart.knownFacts()).personalData(orgChart.personalData(ws -> built.get().adminsOf(ws))).build();
        built.set(core);
        return new Setup(core.commands(), r, db);
    }

    private Invocation dm(LeaderId who, String name) {
        return new Invocation(who, name, Optional.of(Language.EN), ConversationRef.direct(who), Optional.of("d" + (++deliveries)));
    }

    private static Command.OrgChartFile file(String csv) {
        return new Command.OrgChartFile(csv.getBytes(StandardCharsets.UTF_8), PEOPLE);
    }

    private static List<Message.Button> buttons(Reply reply) {
        return Replies.message(reply).blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).toList();
    }

    private long rows(TestDatabase db, String table) {
        return db.jdbc().queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_admin_sees_a_preview_with_buttons_and_apply_and_invite_changes_things_once(TestDatabase db) {
        Setup s = setup(db);
        s.commands().execute(dm(karin, "Karin Lind"), "join Sälj");

        Reply preview = s.commands().execute(dm(admin, "Admin"), file(FILE));

        assertThat(Replies.text(preview)).contains("Preview of the org chart", "3 people in the file are in the workspace.",
                "Managers: 2 of 2 found in the workspace.", "2 people not yet in the programme are invited.",
                "Karin Lind: department Sälj → Försäljning", "Nothing changes until you press Apply.");
        List<Message.Button> buttons = buttons(preview);
        assertThat(buttons).extracting(Message.Button::label).containsExactly("Apply", "Apply and invite", "Cancel");
        assertThat(buttons.get(1).command()).matches("orgchart invite [a-z0-9]{20}");
        assertThat(rows(db, "org_facts")).isZero();
        assertThat(s.repos().leaders().find(karin).orElseThrow().department()).contains("Sälj");

        Reply done = s.commands().execute(dm(admin, "Admin"), buttons.get(1).command());

        assertThat(Replies.text(done)).isEqualTo("Done: one leader has new details and 2 people are invited. Invitations sent: 2.");
        assertThat(s.repos().leaders().find(karin).orElseThrow().department()).contains("Försäljning");
        assertThat(s.repos().sponsors().added(TestCore.WORKSPACE)).as("the sponsor column, through the sponsor store")
                .containsExactly(TestCore.leaderId("U0VD"));
        List<String> invitations = db.jdbc().query("SELECT conversation FROM outbox WHERE idempotency_key LIKE 'orgchart-invite:%' "
                + "ORDER BY conversation", rs -> rs.getString(1));
        assertThat(invitations).containsExactly("slack:T1:U0ASA", "slack:T1:U0VD");
        assertThat(Replies.text(s.commands().execute(dm(admin, "Admin"), buttons.get(0).command())))
                .as("a second press finds the preview used").startsWith("That preview is no longer there");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_invited_person_joins_with_one_press_and_keeps_what_hr_said(TestDatabase db) {
        Setup s = setup(db);
        Reply preview = s.commands().execute(dm(admin, "Admin"), file(FILE));
        s.commands().execute(dm(admin, "Admin"), buttons(preview).get(0).command());

        Reply joined = s.commands().execute(dm(asa, "Åsa Öberg"), "join");

        assertThat(joined).as("no form: HR said department and manager").isInstanceOf(Reply.Show.class);
        Leader åsa = s.repos().leaders().find(asa).orElseThrow();
        assertThat(åsa.department()).contains("Försäljning");
        assertThat(åsa.manager()).contains(karin);
        assertThat(åsa.zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        s.commands().execute(dm(asa, "Åsa Öberg"), "join Marknad");
        assertThat(s.repos().leaders().find(asa).orElseThrow().department()).as("HR's word beats a typed one").contains("Försäljning");
        assertThat(s.commands().execute(dm(TestCore.leaderId("U0NEW"), "New"), "join")).isInstanceOf(Reply.OpenJoinForm.class);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_bad_file_a_cancel_and_a_leader_who_is_no_admin_change_nothing(TestDatabase db) {
        Setup s = setup(db);

        Reply refused = s.commands().execute(dm(admin, "Admin"), file("email,name,department,manager_email\nkarin@acme.se,K,S,nobody@acme.se\n"));
        assertThat(Replies.text(refused)).contains("The file cannot be imported",
                "Line 2: the manager nobody@acme.se is neither in the file nor in the workspace.", "Nothing has changed.");

        Reply preview = s.commands().execute(dm(admin, "Admin"), file(FILE));
        assertThat(Replies.text(s.commands().execute(dm(admin, "Admin"), buttons(preview).get(2).command())))
                .isEqualTo("The import is cancelled. Nothing has changed.");
        assertThat(Replies.text(s.commands().execute(dm(admin, "Admin"), buttons(preview).get(0).command()))).startsWith("That preview");

        Reply notAdmin = s.commands().execute(dm(karin, "Karin"), file(FILE));
        assertThat(Replies.text(notAdmin)).doesNotContain("Preview");
        assertThat(rows(db, "org_facts")).isZero();
        assertThat(rows(db, "org_import_previews")).isZero();
        assertThat(Replies.text(s.commands().execute(dm(admin, "Admin"), "orgchart"))).startsWith("Send HR's CSV file to me");
        assertThat(Replies.text(s.commands().execute(dm(admin, "Admin"), "organisationsschema"))).startsWith("Send HR's CSV file");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_forgotten_leader_leaves_no_preview_naming_them_in_the_admins_messages(TestDatabase db) {
        Setup s = setup(db);
        s.commands().execute(dm(karin, "Karin Lind"), "join Sälj");
        Reply preview = s.commands().execute(dm(admin, "Admin").withReplyTo(ConversationRef.direct(admin)), file(FILE));
        s.commands().execute(dm(admin, "Admin").withReplyTo(ConversationRef.direct(admin)), buttons(preview).get(0).command());
        s.commands().execute(dm(admin, "Admin").withReplyTo(ConversationRef.direct(admin)), file(FILE)); // one still waiting
        String naming = "SELECT COUNT(*) FROM outbox WHERE conversation = ? AND payload LIKE '%Karin Lind%'";
        assertThat(db.jdbc().queryOne(naming, rs -> rs.getLong(1), ConversationRef.direct(admin).value()).orElseThrow())
                .as("the applied preview in the admin's messages names her").isEqualTo(1);

        s.commands().execute(dm(karin, "Karin Lind"), new Command.ForgetMe(true));

        assertThat(db.jdbc().queryOne(naming, rs -> rs.getLong(1), ConversationRef.direct(admin).value()).orElseThrow()).isZero();
        assertThat(rows(db, "org_import_previews")).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void invitations_are_in_the_workspaces_default_language_else_swedish(TestDatabase db) {
        var store = new se.largrupp.core.settings.JdbcWorkspaceSettings(db.jdbc(), se.largrupp.core.settings.ProgrammeSettings.defaults());
        Setup s = setup(db, Optional.of(store));
        String invitations = "SELECT payload FROM outbox WHERE idempotency_key LIKE 'orgchart-invite:%'";

        s.commands().execute(dm(admin, "Admin"), buttons(s.commands().execute(dm(admin, "Admin"), file(FILE))).get(1).command());

        assertThat(db.jdbc().query(invitations, rs -> rs.getString(1))).as("no language set: Swedish").hasSize(3)
                .allMatch(p -> p.contains("lkommen till ledarnas") && !p.contains("Welcome"));

        db.jdbc().update("DELETE FROM outbox");
        db.jdbc().update("DELETE FROM org_facts");
        db.jdbc().update("DELETE FROM org_invited");
        store.change(TestCore.WORKSPACE, se.largrupp.core.settings.Setting.LANGUAGE, "en");
        s.commands().execute(dm(admin, "Admin"), buttons(s.commands().execute(dm(admin, "Admin"), file(FILE))).get(1).command());

        assertThat(db.jdbc().query(invitations, rs -> rs.getString(1))).as("the workspace speaks English").hasSize(3)
                .allMatch(p -> p.contains("Welcome to the leaders") && !p.contains("lkommen"));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_join_with_only_the_department_known_opens_the_form_starting_with_it(TestDatabase db) {
        Setup s = setup(db);
        s.commands().execute(dm(admin, "Admin"), buttons(s.commands().execute(dm(admin, "Admin"), file(FILE))).get(0).command());

        Reply join = s.commands().execute(dm(TestCore.leaderId("U0VD"), "Vera Dahl"), "join");

        assertThat(join).as("HR names her department, not her manager")
                .isEqualTo(new Reply.OpenJoinForm(Language.EN, List.of(), Optional.of("Ledning"), Optional.empty()));
    }
}
