package se.largrupp.core.installations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.regrouping.JdbcRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/**
 * An uninstalled workspace's programme is purged when the 30-day grace period is over, on a fixed clock and by its
 * wake-up; a reinstall within it keeps everything; another workspace on the same database is never touched.
 */
class WorkspacePurgeTest {
    private final MutableClock clock = MutableClock.standard();
    private final ManualWakeups wakeups = new ManualWakeups();
    private static final Workspace ONE = new Workspace(Platform.SLACK, "T1"), TWO = new Workspace(Platform.SLACK, "T2");
    private int deliveries;

    private record Setup(CommandService commands, JdbcRepositories repos, WorkspaceLifecycle lifecycle) {}

    private Setup setUp(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        ContinuityOptions continuity = ContinuityOptions.jdbc(db.jdbc(), PlacementMode.AUTO, RegroupOptions.defaults(),
                MeetingSettings.defaults());
        RegroupFeature regroup = new RegroupFeature(r.leaders(), r.groups(), new JdbcRegroupPreviews(db.jdbc()), outbox, wakeups,
                new TestCore.RecordingConversations(), r.transactions(), new se.largrupp.core.i18n.Texts(), clock,
                RegroupOptions.defaults(), false, continuity.continuation(r.groups()));
        WorkspaceLifecycle lifecycle = new WorkspaceLifecycle(db.jdbc(), wakeups, r.admins(), clock);
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).configuredAdmins("")
                .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(db.jdbc(), MeetingSettings.defaults()))
                .handler(Command.Regroup.class, regroup::handle).wakeupHandler(regroup.conversationOpener())
                .wakeupHandler(lifecycle).personalData(regroup.personalData()).continuity(continuity).build();
        core.wakeupHandlers().forEach(wakeups::register);
        return new Setup(core.commands(), r, lifecycle);
    }

    private void programme(Setup s, Workspace ws) {
        LeaderId a = new LeaderId(ws, "U0A"), b = new LeaderId(ws, "U0B"), c = new LeaderId(ws, "U0C");
        s.lifecycle().installed(ws, Optional.of(a));
        s.commands().execute(dm(a, "Anna Ek"), "join Sälj");
        s.commands().execute(dm(b, "Bo Lind"), "join Ekonomi");
        s.commands().execute(dm(c, "Cy Berg"), "join HR");
        ConversationRef channel = ConversationRef.of(Platform.SLACK, ws.id() + ":C1");
        LearningGroup group = LearningGroup.formed(ws, "2027v1-0" + ws.id().substring(1), 1, List.of(a, b, c), clock.instant())
                .withConversation(channel);
        s.repos().transactions().inTransaction(() -> s.repos().groups().save(group));
        s.commands().execute(new Invocation(b, "Bo Lind", Optional.of(Language.SV), channel, Optional.of("d" + (++deliveries))),
                "schedule tuesday 12:00");
        s.commands().execute(dm(a, "Anna Ek"), "regroup");
        s.commands().execute(new Invocation(c, "Cy Berg", Optional.of(Language.SV), channel, Optional.of("d" + (++deliveries))),
                "start 10");
    }

    private Invocation dm(LeaderId who, String name) {
        return new Invocation(who, name, Optional.of(Language.SV), ConversationRef.direct(who), Optional.of("d" + (++deliveries)));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_uninstalled_workspace_is_purged_after_thirty_days_and_the_other_keeps_everything(TestDatabase db) throws SQLException {
        Setup s = setUp(db);
        programme(s, ONE);
        programme(s, TWO);
        assertThat(s.repos().admins().added(ONE)).as("the installer is the first admin").containsExactly(new LeaderId(ONE, "U0A"));
        List<String> twoBefore = cellsNaming(db, TWO.key());
        assertThat(cellsNaming(db, ONE.key() + ":")).hasSizeGreaterThan(5);

        s.lifecycle().uninstalled(ONE);
        assertThat(wakeups.at(WorkspaceLifecycle.TOPIC, ONE.key())).contains(clock.instant().plus(Duration.ofDays(30)));
        clock.advance(Duration.ofDays(29));
        wakeups.fireDue(clock.instant());
        assertThat(cellsNaming(db, ONE.key() + ":")).as("within the grace period").hasSizeGreaterThan(5);

        clock.advance(Duration.ofDays(1));
        wakeups.fireDue(clock.instant());

        assertThat(cellsNaming(db, ONE.key() + ":")).isEmpty();
        assertThat(cellsNaming(db, ONE.key())).isEmpty();
        // The other workspace's round went on meanwhile: its outbox grew; everything else is as it was.
        assertThat(withoutOutbox(cellsNaming(db, TWO.key()))).containsExactlyInAnyOrderElementsOf(withoutOutbox(twoBefore));
        assertThat(cellsNaming(db, TWO.key())).anyMatch(c -> c.startsWith("OUTBOX") || c.startsWith("outbox"));
        assertThat(s.repos().leaders().find(new LeaderId(TWO, "U0B"))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_reinstall_within_the_grace_period_keeps_the_programme(TestDatabase db) throws SQLException {
        Setup s = setUp(db);
        programme(s, ONE);
        List<String> before = cellsNaming(db, ONE.key() + ":");

        s.lifecycle().uninstalled(ONE);
        clock.advance(Duration.ofDays(12));
        s.lifecycle().installed(ONE, Optional.of(new LeaderId(ONE, "U0Z")));
        clock.advance(Duration.ofDays(40));
        wakeups.fireDue(clock.instant());

        assertThat(withoutOutbox(cellsNaming(db, ONE.key() + ":"))).containsExactlyInAnyOrderElementsOf(withoutOutbox(before));
        assertThat(s.repos().admins().added(ONE)).as("admins stay as they were").containsExactly(new LeaderId(ONE, "U0A"));
        assertThat(s.lifecycle().purgeDue(ONE)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_operator_purges_at_once_whatever_the_grace_period(TestDatabase db) throws SQLException {
        Setup s = setUp(db);
        programme(s, ONE);
        programme(s, TWO);

        assertThat(s.lifecycle().purgeNow(ONE)).isPositive();

        assertThat(cellsNaming(db, ONE.key() + ":")).isEmpty();
        assertThat(cellsNaming(db, TWO.key() + ":")).isNotEmpty();
        assertThat(s.lifecycle().purgeNow(ONE)).as("a second purge finds nothing").isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_purge_reaches_the_sponsors_org_chart_calendar_pulse_and_dashboard_tables_too(TestDatabase db) throws SQLException {
        Setup s = setUp(db);
        programme(s, ONE);
        programme(s, TWO);
        besidesTheProgramme(db, ONE);
        besidesTheProgramme(db, TWO);
        List<String> twoBefore = cellsNaming(db, TWO.key());

        s.lifecycle().purgeNow(ONE);

        assertThat(cellsNaming(db, ONE.key())).isEmpty();
        assertThat(db.jdbc().queryOne("SELECT COUNT(*) FROM group_templates", rs -> rs.getInt(1)).orElseThrow())
                .as("the purged workspace's group template went with its group").isOne();
        assertThat(withoutOutbox(cellsNaming(db, TWO.key()))).containsExactlyInAnyOrderElementsOf(withoutOutbox(twoBefore));
    }

    /** What the features beside the programme keep of a workspace: sponsors, the org chart, calendar feeds, pulse, sessions. */
    private static void besidesTheProgramme(TestDatabase db, Workspace ws) {
        String w = ws.key(), a = w + ":U0A", b = w + ":U0B";
        java.time.Instant now = java.time.Instant.parse("2027-01-04T08:00:00Z");
        var j = db.jdbc();
        String group = j.queryOne("SELECT group_id FROM learning_groups WHERE workspace_key = ?", rs -> rs.getString(1), w).orElseThrow();
        j.update("INSERT INTO sponsors (workspace_key, leader_key, added_by, added_at) VALUES (?, ?, ?, ?)", w, w + ":USP", a, now);
        j.update("INSERT INTO encouragements (encouragement_id, workspace_key, sponsor_key, draft, status, created_at, recipients) "
                + "VALUES (?, ?, ?, ?, 'DRAFT', ?, 0)", "enc-" + ws.id(), w, w + ":USP", "-", now);
        j.update("INSERT INTO org_facts (leader_key, source, workspace_key, department, manager_key, updated_at) VALUES (?, 'HR', ?, ?, ?, ?)",
                a, w, "Sälj", b, now);
        j.update("INSERT INTO org_invited (leader_key, workspace_key, display_name, imported_at) VALUES (?, ?, ?, ?)", w + ":UNEW", w, "Ny", now);
        j.update("INSERT INTO org_not_with (leader_key, other_key, position) VALUES (?, ?, 0)", a, b);
        j.update("INSERT INTO org_import_previews (preview_id, workspace_key, created_by, created_at, plan) VALUES (?, ?, ?, ?, ?)",
                "prev-" + ws.id(), w, a, now, "{}");
        j.update("INSERT INTO calendar_feeds (token, leader_key, created_at) VALUES (?, ?, ?)", "feed-" + ws.id(), a, now);
        j.update("INSERT INTO calendar_feed_groups (leader_key, group_id) VALUES (?, ?)", a, group);
        j.update("INSERT INTO group_templates (group_id, template) VALUES (?, 'TROIKA')", group);
        j.update("INSERT INTO pulse_months (workspace_key, period, meetings) VALUES (?, '2027-01', 3)", w);
        j.update("INSERT INTO pulse_windows (pulse_id, workspace_key, period, closes_at, answered) VALUES (?, ?, '2027-01', ?, FALSE)",
                "pulse-" + ws.id(), w, now);
        j.update("INSERT INTO pulse_answered (pulse_id, leader_key, question) VALUES (?, ?, 1)", "pulse-" + ws.id(), a);
        j.update("INSERT INTO dashboard_sessions (session_hash, leader_key, display_name, csrf, language, expires_at) "
                + "VALUES (?, ?, 'Anna Ek', 'csrf', 'sv', ?)", "hash-" + ws.id(), a, now);
    }

    private static List<String> withoutOutbox(List<String> cells) {
        return cells.stream().filter(c -> !c.toLowerCase(Locale.ROOT).startsWith("outbox.")).toList();
    }

    /** Every text cell of the programme's tables holding the needle, as table.column=value (Quartz's own tables aside). */
    static List<String> cellsNaming(TestDatabase db, String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    String table = rs.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("qrtz_") || table.toLowerCase(Locale.ROOT).equals("processed_deliveries")) continue;
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR) columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
                }
            }
            for (String[] col : columns) {
                String cast = db.isPostgres() ? "\"" + col[1] + "\"::text" : "CAST(\"" + col[1] + "\" AS VARCHAR(1000000))";
                try (var ps = c.prepareStatement("SELECT " + cast + " FROM \"" + col[0] + "\" WHERE " + cast + " LIKE ?")) {
                    ps.setString(1, "%" + needle + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) found.add(col[0] + "." + col[1] + "=" + rs.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
