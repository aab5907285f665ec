package se.largrupp.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.AdminDirectory;
import se.largrupp.core.meetings.KeepGroupsAlive;
import se.largrupp.core.meetings.MeetingSchedule;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.NoticeQuorum;
import se.largrupp.core.meetings.NudgeMessages;
import se.largrupp.core.meetings.PlanNudges;
import se.largrupp.core.meetings.RemindRegroup;
import se.largrupp.core.meetings.RsvpRecorded;
import se.largrupp.core.meetings.SendNudge;
import se.largrupp.core.meetings.calendar.CalendarVersions;
import se.largrupp.core.meetings.calendar.JdbcCalendarVersions;
import se.largrupp.core.meetings.calendar.ShowCalendar;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.rounds.MethodStores;
import se.largrupp.core.rounds.JdbcRounds;
import se.largrupp.core.rounds.Rounds;
import se.largrupp.core.rounds.RoundsFeature;
import se.largrupp.core.storage.Jdbc;

/**
 * The meetings feature (nudges, quorum, quiet groups, regroup reminders, calendar) and timed rounds, wired from the
 * core's ports. {@link Largrupp} installs it when given {@link Options}; the composition root calls {@link #planAll()}
 * once at start-up (idempotent) and hands {@link #schedule()} to whoever dissolves groups.
 */
public final class MeetingsAndRounds {
    /** What the feature needs beyond the core's ports. */
    public record Options(Rounds rounds, CalendarVersions calendarVersions, MeetingSettings settings, MethodStores method) {
        public Options {
            Objects.requireNonNull(rounds, "rounds");
            Objects.requireNonNull(calendarVersions, "calendarVersions");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(method, "method");
        }

        /** The meeting method's stores (templates chosen, roles, ground rules) kept in memory: tests and benchmarks. */
        public Options(Rounds rounds, CalendarVersions calendarVersions, MeetingSettings settings) {
            this(rounds, calendarVersions, settings, MethodStores.inMemory());
        }

        /** The stored repositories (tables V20, V21, V90, V91) over the application's database. */
        public static Options jdbc(Jdbc jdbc, MeetingSettings settings) {
            return new Options(new JdbcRounds(jdbc), new JdbcCalendarVersions(jdbc), settings, MethodStores.jdbc(jdbc));
        }
    }

    private final PlanNudges planner;
    private final NoticeQuorum quorum;
    private final RoundsFeature rounds;
    private final ShowCalendar calendar;
    private final List<Wakeups.Handler> wakeupHandlers;
    private final RemindRegroup regroupReminder;

    MeetingsAndRounds(Largrupp.Ports p, Options o, AdminCheck adminCheck) {
        AdminDirectory admins = ws -> {
            // stored admins, plus configured ones who have joined (configured ids cannot be listed otherwise)
            Set<LeaderId> all = new LinkedHashSet<>(p.admins().added(ws));
            p.leaders().inWorkspace(ws).stream().map(Leader::id).filter(adminCheck::isConfigured).forEach(all::add);
            return List.copyOf(all);
        };
        NudgeMessages nudgeMessages = new NudgeMessages(p.texts());
        this.planner = new PlanNudges(p.groups(), p.wakeups(), o.settings(), p.clock());
        this.quorum = new NoticeQuorum(p.groups(), p.leaders(), p.meetings(), p.outbox(), p.texts(), p.clock());
        this.rounds = new RoundsFeature(p.transactions(), p.groups(), p.leaders(), p.meetings(), o.rounds(), o.method(), p.outbox(),
                p.wakeups(), p.texts(), p.clock());
        this.calendar = new ShowCalendar(o.calendarVersions(), p.texts(), p.clock());
        KeepGroupsAlive keepAlive = new KeepGroupsAlive(p.meetings(), p.outbox(), admins, nudgeMessages, p.texts(), p.leaders());
        SendNudge nudges = new SendNudge(p.transactions(), p.groups(), p.leaders(), p.meetings(), p.outbox(), p.wakeups(),
                o.settings(), nudgeMessages, rounds.nextOpener(), quorum, keepAlive, p.clock());
        this.regroupReminder = new RemindRegroup(p.transactions(), p.leaders(), p.outbox(), p.wakeups(), o.settings(),
                admins, p.texts(), p.clock());
        this.wakeupHandlers = List.of(nudges, rounds.wakeHandler(), rounds.pulseCloser(), regroupReminder);
    }

    /** Hooks into the core's builder before it wires its own handlers: booking changes, RSVPs, wake-ups. */
    void listenTo(Largrupp.Builder b) {
        b.onBookingChanged(planner).onRsvpRecorded(quorum).personalData(rounds.personalData());
        wakeupHandlers.forEach(b::wakeupHandler);
    }

    void registerIn(HandlerRegistry registry) {
        rounds.registerIn(registry);
        registry.register(Command.Calendar.class, calendar);
    }

    /** After every handler is registered: the pulse joins the final {@code stats}. */
    void decorate(HandlerRegistry registry) {
        rounds.addPulseTo(registry);
    }

    List<Wakeups.Handler> wakeupHandlers() {
        return wakeupHandlers;
    }

    /** The rotation, for the core's status ("who opens next time"). */
    se.largrupp.core.meetings.NextOpener nextOpener() {
        return rounds.nextOpener();
    }

    BookingChanged bookingListener() {
        return planner;
    }

    /** Plans every active group's nudges, the regroup reminders and running rounds' turns; call once at start-up. */
    public void planAll() {
        planner.planAll();
        regroupReminder.planAll();
        rounds.planAll();
    }

    /** For whoever dissolves or re-forms groups (regrouping): {@code removed(group)} drops all its wake-ups. */
    public MeetingSchedule schedule() {
        return planner;
    }

    /** For the {@code rsvp} use case: call after saving an answer, to tell the group once when quorum is lost. */
    public RsvpRecorded rsvpRecorded() {
        return quorum;
    }
}
