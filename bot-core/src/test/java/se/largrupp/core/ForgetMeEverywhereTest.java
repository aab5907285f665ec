package se.largrupp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.commands.Command;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.continuity.Proposal;
import se.largrupp.core.continuity.WaitingEntry;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.OrgChartCommands;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.regrouping.JdbcRegroupPreviews;
import se.largrupp.core.meetings.calendar.CalendarFeature;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.rounds.JdbcRounds;
import se.largrupp.core.rounds.Round;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/**
 * Forget me, as a GDPR auditor checks it: after the leader confirms, no table of the application's database holds
 * their id or their name in any text column — not the leaders' tables, not a round's turn order, not a message
 * waiting, delivered or parked in the outbox, not a regrouping preview, not the waiting list, an invitation they sent
 * or the private messages it caused, not a proposal, nor an org chart's preview in an admin's messages — and the round they were in goes on for the others without them.
 */
class ForgetMeEverywhereTest {
    private final MutableClock clock = MutableClock.standard();
    private final ManualWakeups wakeups = new ManualWakeups();
    private final LeaderId anna = TestCore.leaderId("U0ANNA"), bo = TestCore.leaderId("U0BO"), cy = TestCore.leaderId("U0CY"),
            di = TestCore.leaderId("U0DI"), ed = TestCore.leaderId("U0ED");
    private final ConversationRef channel = ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:C1");
    private int deliveries;

    private Invocation by(LeaderId who, String name, ConversationRef where) {
        return new Invocation(who, name, Optional.of(Language.EN), where, Optional.of("d" + (++deliveries)));
    }

    private Invocation dm(LeaderId who, String name) {
        return by(who, name, ConversationRef.direct(who));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void nothing_in_any_table_names_a_forgotten_leader_and_their_round_goes_on_without_them(TestDatabase db) throws SQLException {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        ContinuityOptions continuity = ContinuityOptions.jdbc(db.jdbc(), PlacementMode.AUTO, RegroupOptions.defaults(),
                MeetingSettings.defaults());
        RegroupFeature regroup = new RegroupFeature(r.leaders(), r.groups(), new JdbcRegroupPreviews(db.jdbc()), outbox, wakeups,
                new TestCore.RecordingConversations(), r.transactions(), new se.largrupp.core.i18n.Texts(), clock,
                RegroupOptions.defaults(), false, continuity.continuation(r.groups()));
        CalendarFeature calendar = new CalendarFeature(r.leaders(), r.groups(), r.meetings(), r.transactions(),
                new se.largrupp.core.i18n.Texts(), clock, db.jdbc(), () -> java.net.URI.create("https://largrupp.example.com"));
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), outbox, r.transactions(), new se.largrupp.core.i18n.Texts(), clock, List.of());
        OrgChartCommands orgChartChat = orgChart.commands();
        AtomicReference<Largrupp> built = new AtomicReference<>();
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).configuredAdmins("slack:T1:U0BO")
                .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(db.jdbc(), MeetingSettings.defaults()))
                .handler(Command.Regroup.class, regroup::handle).wakeupHandler(regroup.conversationOpener())
                .personalData(regroup.personalData()).continuity(continuity)
                .handler(Command.Calendar.class, calendar.command()).personalData(calendar.personalData())
                .handler(Command.OrgChartFile.class, orgChartChat::file).knownFacts(orgChart.knownFacts())
                .personalData(orgChart.personalData(ws -> built.get().adminsOf(ws))).build();
        built.set(core);
        core.wakeupHandlers().forEach(wakeups::register);
        var commands = core.commands();

        commands.execute(dm(bo, "Bo Lind"), "join Sälj");
        commands.execute(dm(anna, "Anna Ek"), "join Ekonomi <@U0BO>");
        commands.execute(dm(cy, "Cy Berg"), "join HR");
        commands.execute(dm(di, "Di Holm"), "join IT");
        commands.execute(dm(di, "Di Holm"), "join IT <@U0ANNA>"); // someone else names Anna as their manager
        LearningGroup group = LearningGroup.formed(TestCore.WORKSPACE, "2027v1-01", 1, List.of(anna, bo, cy), clock.instant())
                .withConversation(channel);
        r.transactions().inTransaction(() -> r.groups().save(group));
        commands.execute(by(bo, "Bo Lind", channel), "schedule tuesday 12:00");
        commands.execute(by(anna, "Anna Ek", channel), "rsvp yes");
        commands.execute(dm(anna, "Anna Ek"), "calendar"); // her feed token and the groups it showed
        commands.execute(dm(bo, "Bo Lind"), "admin add <@U0ANNA>");
        commands.execute(dm(anna, "Anna Ek"), "admin add <@U0CY>"); // Anna's name as the one who added an admin
        commands.execute(dm(bo, "Bo Lind"), "regroup"); // a preview that lists Anna
        commands.execute(by(cy, "Cy Berg", channel), "start 10 Cy Anna Bo");
        // Anna starts a group of her own: her invitation, and private messages that name her to Cy and Ed.
        commands.execute(dm(ed, "Ed Fors"), "join Juridik");
        commands.execute(dm(anna, "Anna Ek"), "group new <@U0CY> <@U0ED>");
        commands.execute(dm(cy, "Cy Berg"), "group accept");
        r.transactions().inTransaction(() -> {
            continuity.store().waiting().save(new WaitingEntry(anna, clock.instant(), Optional.empty()));
            continuity.store().proposals().save(new Proposal("p-anna", TestCore.WORKSPACE, Proposal.Kind.PLACE,
                    Proposal.Status.PENDING, List.of(anna), Optional.of(group.id()), Optional.empty(), false, false, clock.instant()));
        });
        // HR's file naming Anna: its preview waits for Bo's Apply, and went to his direct messages.
        byte[] file = "email,name,department,manager_email\nanna@acme.se,Anna Ek,Finans,\n".getBytes(StandardCharsets.UTF_8);
        commands.execute(dm(bo, "Bo Lind").withReplyTo(ConversationRef.direct(bo)),
                new Command.OrgChartFile(file, Map.of("anna@acme.se", new String[] {"U0ANNA", "Anna"})));
        assertThat(db.jdbc().query("SELECT payload FROM outbox WHERE only_for = ? AND idempotency_key LIKE 'reply:%'",
                rs -> rs.getString(1), bo.key())).anyMatch(text -> text.contains("Anna Ek"));
        assertThat(db.jdbc().query("SELECT payload FROM outbox WHERE only_for = ?", rs -> rs.getString(1), ed.key()))
                .anyMatch(text -> text.contains("Anna Ek"));
        Round round = new JdbcRounds(db.jdbc()).open(group.id()).orElseThrow();
        assertThat(round.order()).containsExactly(cy, anna, bo);
        // The outbox in every state: one message delivered, one parked, the rest still waiting.
        db.jdbc().update("UPDATE outbox SET status = 'delivered', delivered_at = created_at WHERE idempotency_key LIKE 'round:%:start'");
        db.jdbc().update("UPDATE outbox SET status = 'parked' WHERE idempotency_key LIKE 'round:%:card:%'");
        assertThat(rowsNaming(db, "U0ANNA", "Anna Ek")).as("the scan sees what it must not find later").isNotEmpty();

        commands.execute(dm(anna, "Anna Ek"), new Command.ForgetMe(true));

        assertThat(rowsNaming(db, "U0ANNA", "Anna Ek")).isEmpty();
        Round after = new JdbcRounds(db.jdbc()).open(group.id()).orElseThrow();
        assertThat(after.order()).containsExactly(cy, bo);
        assertThat(after.speaker()).isEqualTo(cy);

        clock.advance(Duration.ofMinutes(10));
        wakeups.fireDue(clock.instant());

        assertThat(new JdbcRounds(db.jdbc()).open(group.id()).orElseThrow().speaker()).isEqualTo(bo);
        assertThat(rowsNaming(db, "U0ANNA", "Anna Ek")).isEmpty();
        assertThat(db.jdbc().query("SELECT payload FROM outbox WHERE idempotency_key LIKE 'round:%:time-up'", rs -> rs.getString(1)))
                .singleElement().asString().contains("Bo Lind").doesNotContain("Anna");
    }

    /** Every text cell of every table of the schema that holds one of the needles, as table.column. */
    private static List<String> rowsNaming(TestDatabase db, String... needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR) columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                }
            }
            assertThat(columns).as("the scan reads the schema").hasSizeGreaterThan(20);
            for (String[] col : columns) {
                for (String needle : needles) {
                    String sql = "SELECT COUNT(*) FROM \"" + col[0] + "\" WHERE CAST(\"" + col[1] + "\" AS VARCHAR(1000000)) LIKE ?";
                    if (db.isPostgres()) sql = "SELECT COUNT(*) FROM \"" + col[0] + "\" WHERE \"" + col[1] + "\"::text LIKE ?";
                    try (var ps = c.prepareStatement(sql)) {
                        ps.setString(1, "%" + needle + "%");
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) > 0) found.add(col[0] + "." + col[1] + " has " + needle);
                        }
                    }
                }
            }
        }
        return found;
    }
}
