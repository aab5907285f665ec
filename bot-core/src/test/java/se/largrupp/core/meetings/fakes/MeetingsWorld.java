package se.largrupp.core.meetings.fakes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandParser;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.CoreCommandService;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.ConfiguredAdmins;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.KeepGroupsAlive;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.NoticeQuorum;
import se.largrupp.core.meetings.NudgeMessages;
import se.largrupp.core.meetings.PlanNudges;
import se.largrupp.core.meetings.SendNudge;
import se.largrupp.core.meetings.calendar.ShowCalendar;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.rounds.MethodStores;
import se.largrupp.core.rounds.Rounds;
import se.largrupp.core.rounds.RoundsFeature;
import se.largrupp.core.testing.DirectTransactions;
import se.largrupp.core.testing.InMemoryAdmins;
import se.largrupp.core.testing.InMemoryGroups;
import se.largrupp.core.testing.InMemoryLeaders;
import se.largrupp.core.testing.InMemoryMeetings;
import se.largrupp.core.testing.InMemoryOutbox;
import se.largrupp.core.testing.InMemoryProcessedDeliveries;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;

/**
 * The meetings and rounds features over the shared in-memory ports ({@code core.testing}), a clock moved by hand and
 * wake-ups fired by hand; commands go through the core's command service like everywhere else.
 */
public final class MeetingsWorld {
    public static final Workspace WS = new Workspace(Platform.SLACK, "T1");
    public static final LeaderId ANNA = new LeaderId(WS, "U1"), BO = new LeaderId(WS, "U2"), CECILIA = new LeaderId(WS, "U3");
    public static final LeaderId ADMIN = new LeaderId(WS, "UADMIN");
    public static final ConversationRef CHANNEL = ConversationRef.of(Platform.SLACK, "T1:C1");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Tuesday 12 January 2027, 12:00 in Stockholm. */
    public static final Instant FIRST_MEETING = Instant.parse("2027-01-12T11:00:00Z");

    public final MutableClock clock = MutableClock.at(Instant.parse("2027-01-05T09:00:00Z"));
    public final InMemoryGroups groups = new InMemoryGroups();
    public final InMemoryLeaders leaders = new InMemoryLeaders(clock);
    public final InMemoryMeetings meetings = new InMemoryMeetings();
    public final Rounds rounds;
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final ManualWakeups wakeups = new ManualWakeups();
    public final Texts texts = new Texts();
    public final PlanNudges planNudges;
    public final NoticeQuorum quorum;
    public final RoundsFeature roundsFeature;
    /** The meeting method's stores: templates chosen, the roles' ledger, the ground rules agreed. */
    public final MethodStores method = MethodStores.inMemory();
    /** The one path every command takes, as in production: de-duplication, context, authorisation, handler. */
    public final CommandService commands;

    public MeetingsWorld() {
        this(MeetingSettings.defaults(), new FakeRounds());
    }

    public MeetingsWorld(MeetingSettings settings, Rounds rounds) {
        this.rounds = rounds;
        var tx = new DirectTransactions();
        NudgeMessages nudgeMessages = new NudgeMessages(texts);
        planNudges = new PlanNudges(groups, wakeups, settings, clock);
        quorum = new NoticeQuorum(groups, leaders, meetings, outbox, texts, clock);
        roundsFeature = new RoundsFeature(tx, groups, leaders, meetings, rounds, method, outbox, wakeups, texts, clock);
        KeepGroupsAlive keepAlive = new KeepGroupsAlive(meetings, outbox, ws -> List.of(ADMIN), nudgeMessages, texts, leaders);
        wakeups.register(new SendNudge(tx, groups, leaders, meetings, outbox, wakeups, settings, nudgeMessages,
                roundsFeature.nextOpener(), quorum, keepAlive, clock));
        wakeups.register(roundsFeature.wakeHandler());
        wakeups.register(roundsFeature.pulseCloser());
        HandlerRegistry registry = new HandlerRegistry();
        roundsFeature.registerIn(registry);
        registry.register(Command.Calendar.class, new ShowCalendar(new FakeCalendarVersions(), texts, clock));
        commands = new CoreCommandService(leaders, groups, new AdminCheck(ConfiguredAdmins.none(), new InMemoryAdmins()),
                new InMemoryProcessedDeliveries(), tx, outbox, registry, new CommandParser(), texts, clock);
        for (var id : List.of(ANNA, BO, CECILIA)) {
            String name = id == ANNA ? "Anna Ek" : id == BO ? "Bo Lind" : "Cecilia Berg";
            leaders.save(Leader.joining(id, name, clock.instant()).withLanguage(Optional.of(Language.EN)));
        }
    }

    public static StandingBooking tuesdayNoon() {
        return new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, STOCKHOLM, Cadence.EVERY_2_WEEKS,
                StandingBooking.DEFAULT_DURATION, MeetingFormat.FIKA, Optional.empty(), LocalDate.parse("2027-01-12"));
    }

    /** A group of Anna, Bo and Cecilia with its conversation and a Tuesday-noon booking, planned. */
    public LearningGroup bookedGroup() {
        LearningGroup g = LearningGroup.formed(WS, "2027v1-01", 1, List.of(ANNA, BO, CECILIA), clock.instant().minusSeconds(86400))
                .withConversation(CHANNEL).withBooking(Optional.of(tuesdayNoon()));
        groups.save(g);
        planNudges.rescheduled(g.id());
        return g;
    }

    /** The three have agreed to the group's ground rules already (so a round's check-in does not ask them). */
    public void groundRulesAgreed(LearningGroup g) {
        for (var id : g.members()) method.groundRules().agree(g.id(), id, clock.instant());
    }

    /** Moves the clock and fires whatever is due, as Quartz would. */
    public void at(Instant now) {
        clock.set(now);
        wakeups.fireDue(now);
    }

    public Invocation by(LeaderId who) {
        return new Invocation(who, who.user(), Optional.of(Language.EN), CHANNEL, Optional.empty());
    }
}
