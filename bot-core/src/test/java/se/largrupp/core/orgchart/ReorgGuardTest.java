package se.largrupp.core.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
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

/**
 * An import makes Bo Åsa's manager while both sit in group Ek: the admin gets exactly one notice with a swap that
 * removes the pair, nobody moves before Swap, and Swap moves the two and lets them into their new conversations.
 */
class ReorgGuardTest {
    private final MutableClock clock = MutableClock.standard();
    private final TestCore.RecordingConversations conversations = new TestCore.RecordingConversations();
    private final LeaderId admin = TestCore.leaderId("U0ADMIN");
    private final LeaderId asa = TestCore.leaderId("U0ASA"), bo = TestCore.leaderId("U0BO"), cy = TestCore.leaderId("U0CY"),
            di = TestCore.leaderId("U0DI"), ed = TestCore.leaderId("U0ED"), fia = TestCore.leaderId("U0FIA");
    private static final Map<String, String[]> PEOPLE = Map.of("asa@acme.se", new String[] {"U0ASA", "Åsa"},
            "bo@acme.se", new String[] {"U0BO", "Bo"});
    private int deliveries;

    record Setup(CommandService commands, JdbcRepositories repos, TestDatabase db) {}

    private Setup setup(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        List<OrgChartChanged> listeners = new CopyOnWriteArrayList<>();
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), outbox, r.transactions(), new Texts(), clock, listeners);
        ReorgGuard guard = new ReorgGuard(r.leaders(), r.groups(), orgChart.knownFacts(), 2, outbox, new Texts(), clock, db.jdbc(),
                ws -> List.of(admin));
        listeners.add(guard);
        OrgChartCommands chat = orgChart.commands().withReorg((c, id, swap) -> guard.decide(c, id, swap, r.transactions(), conversations));
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(new ManualWakeups())
                .groupConversations(conversations).clock(clock).configuredAdmins("slack:T1:U0ADMIN")
                .handler(Command.OrgChart.class, chat::answer).handler(Command.OrgChartFile.class, chat::file).build();
        for (LeaderId l : List.of(asa, bo, cy, di, ed, fia))
            r.leaders().save(Leader.joining(l, l.user().substring(2), clock.instant()).withProfile(l.user().substring(2),
                    Optional.of(l.equals(asa) || l.equals(di) ? "Sälj" : "Dept " + l.user()), Optional.empty()));
        r.groups().save(LearningGroup.formed(TestCore.WORKSPACE, "Ek", 1, List.of(asa, bo, cy), clock.instant())
                .withConversation(ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:CEK")));
        r.groups().save(LearningGroup.formed(TestCore.WORKSPACE, "Björk", 1, List.of(di, ed, fia), clock.instant())
                .withConversation(ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:CBJORK")));
        return new Setup(core.commands(), r, db);
    }

    private Reply run(Setup s, Object what) {
        Invocation who = new Invocation(admin, "Admin", Optional.of(Language.EN), ConversationRef.direct(admin), Optional.of("d" + (++deliveries)));
        return what instanceof String text ? s.commands().execute(who, text) : s.commands().execute(who, (Command) what);
    }

    private void importBoAsAsasManager(Setup s) {
        Command.OrgChartFile file = new Command.OrgChartFile(("email,name,department,manager_email\nasa@acme.se,Åsa,Sälj,bo@acme.se\n"
                + "bo@acme.se,Bo,Ledning,\n").getBytes(StandardCharsets.UTF_8), PEOPLE);
        Message preview = Replies.message(run(s, file));
        String apply = preview.blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).findFirst().orElseThrow().command();
        run(s, apply);
    }

    private List<String> notices(TestDatabase db) {
        return db.jdbc().query("SELECT payload FROM outbox WHERE idempotency_key LIKE 'orgchart-reorg:%'", rs -> rs.getString(1));
    }

    private String swapCommand(TestDatabase db) {
        String id = db.jdbc().queryOne("SELECT notice_id FROM org_reorg_notices", rs -> rs.getString(1)).orElseThrow();
        return "orgchart swap " + id;
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_manager_change_that_puts_a_boss_in_the_group_gives_one_notice_and_swap_removes_it(TestDatabase db) {
        Setup s = setup(db);

        importBoAsAsasManager(s);

        assertThat(notices(db)).singleElement().asString().contains("I grupp Ek är BO nu chef över ASA",
                "Minsta ändring: ASA byter plats med DI i grupp Björk", "orgchart swap ", "orgchart ignore ");
        assertThat(s.repos().groups().activeGroupOf(asa).orElseThrow().name()).as("nobody moves before Swap").isEqualTo("Ek");
        importBoAsAsasManager(s);
        assertThat(notices(db)).as("exactly one notice, however often the file comes").hasSize(1);

        Reply done = run(s, swapCommand(db));

        assertThat(Replies.text(done)).isEqualTo("Done: ASA is now in group Björk and DI in group Ek.");
        LearningGroup ek = s.repos().groups().activeGroupOf(bo).orElseThrow();
        assertThat(ek.members()).doesNotContain(asa).hasSize(3);
        assertThat(s.repos().groups().activeGroupOf(asa).orElseThrow().name()).isEqualTo("Björk");
        assertThat(conversations.admitted.get(ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:CBJORK"))).containsExactly(asa);
        assertThat(Replies.text(run(s, swapCommand(db)))).as("a second press").startsWith("That preview is no longer there");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void ignore_moves_nobody(TestDatabase db) {
        Setup s = setup(db);
        importBoAsAsasManager(s);

        Reply ignored = run(s, swapCommand(db).replace("swap", "ignore"));

        assertThat(Replies.text(ignored)).isEqualTo("All right, nobody moves.");
        assertThat(s.repos().groups().activeGroupOf(asa).orElseThrow().members()).containsExactly(asa, bo, cy);
        assertThat(conversations.admitted).isEmpty();
    }
}
