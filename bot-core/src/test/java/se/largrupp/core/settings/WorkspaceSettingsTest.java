package se.largrupp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.NudgeKind;
import se.largrupp.core.meetings.RemindRegroup;
import se.largrupp.core.meetings.SendNudge;
import se.largrupp.core.meetings.WakeSubjects;
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
 * A workspace's admins change its programme in chat, on H2 and PostgreSQL: the change is stored for that workspace
 * only and honoured by the join form, the nudges, the regroup reminder, the regrouping's manager depth and archiving,
 * and the placement of newcomers (mode and manager depth); the configuration stays the default of every other workspace.
 */
class WorkspaceSettingsTest {
    private static final Workspace ONE = new Workspace(Platform.SLACK, "T1"), TWO = new Workspace(Platform.SLACK, "T2");
    private static final LeaderId ADMIN = new LeaderId(ONE, "U0ADMIN"), OTHER_ADMIN = new LeaderId(TWO, "U0ADMIN");
    private final MutableClock clock = MutableClock.standard();
    private final ManualWakeups wakeups = new ManualWakeups();
    private int deliveries;

    private record Setup(CommandService commands, SettingsFeature settings, JdbcRepositories repos, ContinuityOptions continuity) {}

    private Setup setUp(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        SettingsFeature settings = new SettingsFeature(new JdbcWorkspaceSettings(db.jdbc(), ProgrammeSettings.defaults()), wakeups,
                r.transactions(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        MeetingSettings meetings = MeetingSettings.defaults().withStored(settings.meetings());
        ContinuityOptions continuity = ContinuityOptions.jdbc(db.jdbc(), PlacementMode.AUTO, RegroupOptions.defaults(), meetings)
                .withModes(settings.placement()).withDepths(settings.regrouping()::managerDepth);
        RegroupFeature regroup = new RegroupFeature(r.leaders(), r.groups(), new JdbcRegroupPreviews(db.jdbc()), outbox, wakeups,
                new TestCore.RecordingConversations(), r.transactions(), new se.largrupp.core.i18n.Texts(), clock,
                RegroupOptions.defaults(), false, continuity.continuation(r.groups()), settings.regrouping());
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock)
                .configuredAdmins(ADMIN.key() + "," + OTHER_ADMIN.key())
                .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(db.jdbc(), meetings))
                .handler(Command.Regroup.class, regroup::handle).handler(Command.Settings.class, settings::handle)
                .wakeupHandler(regroup.conversationOpener()).continuity(continuity).build();
        core.wakeupHandlers().forEach(wakeups::register);
        return new Setup(settings.commands(core.commands()), settings, r, continuity);
    }

    private Invocation dm(LeaderId who) {
        return new Invocation(who, "Anna Ek", Optional.of(Language.SV), ConversationRef.direct(who), Optional.of("d" + (++deliveries)));
    }

    private static String text(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).message().blocks().stream().map(Object::toString).reduce("", String::concat);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_admin_sees_and_changes_the_settings_of_their_workspace_only(TestDatabase db) {
        Setup s = setUp(db);

        assertThat(text(s.commands().execute(dm(ADMIN), "inställningar"))).contains("Programmets inställningar").contains("fritext");
        String changed = text(s.commands().execute(dm(ADMIN), "inställningar avdelningar Sälj, Ekonomi, HR"));
        assertThat(changed).contains("Sälj, Ekonomi, HR");
        s.commands().execute(dm(ADMIN), "settings placement approve");
        s.commands().execute(dm(ADMIN), "inställningar chefsnivåer 0");
        s.commands().execute(dm(ADMIN), "inställningar arkivera på");
        s.commands().execute(dm(ADMIN), "settings language en");

        ProgrammeSettings one = s.settings().store().of(ONE);
        assertThat(one.departments()).containsExactly("Sälj", "Ekonomi", "HR");
        assertThat(one.placement()).isEqualTo(PlacementMode.APPROVE);
        assertThat(one.managerDepth()).isZero();
        assertThat(one.archiveOldGroups()).isTrue();
        assertThat(one.language()).isEqualTo(Language.EN);
        assertThat(s.settings().store().of(TWO)).isEqualTo(ProgrammeSettings.defaults());
        // What the other features ask.
        assertThat(s.continuity().mode(ONE)).isEqualTo(PlacementMode.APPROVE);
        assertThat(s.continuity().mode(TWO)).isEqualTo(PlacementMode.AUTO);
        assertThat(s.settings().regrouping().managerDepth(ONE)).hasValue(RegroupOptions.WHOLE_CHAIN);
        assertThat(s.settings().regrouping().managerDepth(TWO)).hasValue(2);
        assertThat(s.settings().regrouping().archivePrevious(ONE)).contains(true);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_who_is_no_admin_and_a_value_that_does_not_read_change_nothing(TestDatabase db) {
        Setup s = setUp(db);
        LeaderId leader = new LeaderId(ONE, "U0LEADER");

        Reply refused = s.commands().execute(dm(leader), "inställningar avdelningar Sälj");
        Reply badName = s.commands().execute(dm(ADMIN), "inställningar färg blå");
        Reply badValue = s.commands().execute(dm(ADMIN), "inställningar påminnelser 10 900");
        Reply missing = s.commands().execute(dm(ADMIN), "settings depth");

        assertThat(text(refused)).contains("administratörer");
        assertThat(text(badName)).contains("färg").contains("avdelningar");
        assertThat(text(badValue)).contains("10 900");
        assertThat(text(missing)).contains("0 för hela kedjan");
        assertThat(s.settings().store().of(ONE)).isEqualTo(ProgrammeSettings.defaults());
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_join_form_offers_the_workspaces_departments_and_a_leader_without_a_platform_language_gets_its_default(TestDatabase db) {
        Setup s = setUp(db);
        s.commands().execute(dm(ADMIN), "settings departments Sales, Finance");
        s.commands().execute(dm(ADMIN), "settings language en");

        Reply one = s.commands().execute(dm(new LeaderId(ONE, "U0NEW")), "join");
        Reply two = s.commands().execute(dm(new LeaderId(TWO, "U0NEW")), "join");
        Reply noHint = s.commands().execute(new Invocation(new LeaderId(ONE, "U0QUIET"), "Bo", Optional.empty(),
                ConversationRef.direct(new LeaderId(ONE, "U0QUIET")), Optional.of("d-quiet")), "join");

        assertThat(one).isEqualTo(new Reply.OpenJoinForm(Language.SV, List.of("Sales", "Finance")));
        assertThat(two).isEqualTo(new Reply.OpenJoinForm(Language.SV, List.of()));
        assertThat(noHint).isEqualTo(new Reply.OpenJoinForm(Language.EN, List.of("Sales", "Finance")));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void nudges_come_at_the_workspaces_times_and_the_regroup_reminder_a_week_before_its_date(TestDatabase db) {
        Setup s = setUp(db);
        LeaderId a = new LeaderId(ONE, "U0A"), b = new LeaderId(ONE, "U0B"), c = new LeaderId(ONE, "U0C");
        for (LeaderId l : List.of(a, b, c)) s.commands().execute(dm(l), "join Sälj");
        ConversationRef channel = ConversationRef.of(Platform.SLACK, "T1:C1");
        LearningGroup group = LearningGroup.formed(ONE, "2027v1-01", 1, List.of(a, b, c), clock.instant()).withConversation(channel);
        s.repos().transactions().inTransaction(() -> s.repos().groups().save(group));
        s.commands().execute(dm(ADMIN), "inställningar påminnelser 48 30");

        s.commands().execute(new Invocation(a, "Anna", Optional.of(Language.SV), channel, Optional.of("d-book")), "schedule tuesday 12:00");

        Instant meeting = ZonedDateTime.of(2027, 1, 12, 12, 0, 0, 0, ZoneId.of("Europe/Stockholm")).toInstant();
        assertThat(wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(group.id(), NudgeKind.SHORTLY))).contains(meeting.minus(Duration.ofMinutes(30)));
        assertThat(wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(group.id(), NudgeKind.DAY_BEFORE)))
                .hasValueSatisfying(at -> assertThat(at).isIn(meeting.minus(Duration.ofHours(48)), clock.instant()));

        s.commands().execute(dm(ADMIN), "inställningar omgruppering 2027-03-01 12");
        Instant reminder = ZonedDateTime.of(2027, 2, 22, 9, 0, 0, 0, ZoneId.of("Europe/Stockholm")).toInstant();
        assertThat(wakeups.at(RemindRegroup.TOPIC, "workspace:" + ONE.key())).contains(reminder);
        s.commands().execute(dm(ADMIN), "settings regroup off");
        assertThat(wakeups.at(RemindRegroup.TOPIC, "workspace:" + ONE.key())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void between_regroupings_each_workspace_keeps_leaders_away_from_managers_as_deep_as_its_own_setting(TestDatabase db) {
        Setup s = setUp(db);
        s.commands().execute(dm(ADMIN), "inställningar chefsnivåer 1");
        for (Workspace ws : List.of(ONE, TWO)) s.repos().transactions().inTransaction(() -> {
            s.repos().leaders().save(leader(ws, "U0TOP", "Tor Topp", "Ledning", null));
            s.repos().leaders().save(leader(ws, "U0MID", "Mia Mitt", "Sälj", "U0TOP"));
            s.repos().leaders().save(leader(ws, "U0LOW", "Lo Lind", "Sälj", "U0MID"));
            s.repos().leaders().save(leader(ws, "U0PEER", "Per Pil", "HR", null));
        });

        // Tor is Lo's manager's manager: within one level in the first workspace, two (the default) in the other.
        Reply one = s.commands().execute(dm(new LeaderId(ONE, "U0LOW")), "ny grupp <@U0TOP> <@U0PEER>");
        Reply two = s.commands().execute(dm(new LeaderId(TWO, "U0LOW")), "ny grupp <@U0TOP> <@U0PEER>");

        assertThat(text(one)).contains("Inbjudan är skickad");
        assertThat(text(two)).contains("Tor Topp är chef för Lo Lind");
        assertThat(s.continuity().engine(ONE).managerDepth()).isOne();
        assertThat(s.continuity().engine(TWO).managerDepth()).isEqualTo(2);
    }

    private se.largrupp.core.leaders.Leader leader(Workspace ws, String user, String name, String department, String manager) {
        return se.largrupp.core.leaders.Leader.joining(new LeaderId(ws, user), name, clock.instant()).withProfile(name,
                Optional.of(department), Optional.ofNullable(manager).map(m -> new LeaderId(ws, m)));
    }
}
