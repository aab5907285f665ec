package se.largrupp.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.CommandParser;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.CoreCommandService;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.continuity.Continuity;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.ConfiguredAdmins;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.leaders.usecases.ParticipationChanged;
import se.largrupp.core.leaders.usecases.StatusNotes;
import se.largrupp.core.leaders.usecases.ApplyRetention;
import se.largrupp.core.leaders.usecases.EraseLeader;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.RsvpRecorded;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.ProcessedDeliveries;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.scheduling.AfterCommitWakeups;

/**
 * The core assembled: the use cases wired to the repositories and ports the composition root gives it. Features
 * built elsewhere (rounds, meetings, regrouping) plug in with one line each through the {@link Builder}:
 * {@code .handler(Command.Start.class, startRound::handle)}, {@code .wakeupHandler(nudges)},
 * {@code .onBookingChanged(planner)}, {@code .onRsvpRecorded(quorum)}, {@code .nextOpener(rotation)}.
 */
public final class Largrupp {
    private final Ports ports;
    private final CommandService commands;
    private final List<Wakeups.Handler> wakeupHandlers;
    private final AdminCheck adminCheck;
    private final se.largrupp.core.leaders.SponsorCheck sponsorCheck;
    private final MeetingsAndRounds meetingsAndRounds;
    private final ApplyRetention retention;
    private final Continuity continuity;

    /** What the core runs on; other features may build their use cases from the same record. */
    public record Ports(Leaders leaders, Groups groups, Meetings meetings, Admins admins, ProcessedDeliveries deliveries,
                        Transactions transactions, Outbox outbox, Wakeups wakeups, GroupConversations conversations,
                        Clock clock, Texts texts) {
        public Ports {
            Objects.requireNonNull(leaders, "leaders");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(meetings, "meetings");
            Objects.requireNonNull(admins, "admins");
            Objects.requireNonNull(deliveries, "processedDeliveries");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(wakeups, "wakeups");
            Objects.requireNonNull(conversations, "groupConversations");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(texts, "texts");
        }
    }

    private Largrupp(Builder b) {
        this.ports = new Ports(b.leaders, b.groups, b.meetings, b.admins, b.deliveries, b.transactions, b.outbox,
                b.wakeups == null ? null : AfterCommitWakeups.of(b.wakeups, b.transactions), b.conversations, b.clock, b.texts);
        this.adminCheck = new AdminCheck(b.configuredAdmins, b.admins);
        this.sponsorCheck = b.sponsors == null ? se.largrupp.core.leaders.SponsorCheck.none()
                : new se.largrupp.core.leaders.SponsorCheck(b.configuredSponsors, b.sponsors);
        if (b.sponsors instanceof se.largrupp.core.port.PersonalData p && !b.personalData.contains(p)) b.personalData.add(p);
        HandlerRegistry registry = new HandlerRegistry();
        this.meetingsAndRounds = b.meetingsAndRounds == null ? null : new MeetingsAndRounds(ports, b.meetingsAndRounds, adminCheck);
        if (meetingsAndRounds != null) meetingsAndRounds.listenTo(b);
        if (meetingsAndRounds != null && b.nextOpener == se.largrupp.core.meetings.NextOpener.UNKNOWN) b.nextOpener = meetingsAndRounds.nextOpener();
        // After the meetings feature: a group the continuity feature dissolves must lose its nudges too.
        this.continuity = b.continuity == null ? null : new Continuity(ports.leaders(), ports.groups(), ports.meetings(),
                ports.outbox(), ports.wakeups(), ports.conversations(), ports.transactions(), ports.clock(), ports.texts(),
                ws -> adminsOf(ws, ports, adminCheck), b.bookingListeners, b.continuity);
        if (continuity != null) {
            b.participationListeners.add(continuity.participationListener());
            b.statusNotes.add(continuity.statusNotes());
            b.personalData.add(continuity.personalData());
            b.wakeupHandlers.addAll(continuity.wakeupHandlers());
        }
        CoreHandlers.Listeners listeners = new CoreHandlers.Listeners(b.bookingListeners, b.rsvpListeners, b.personalData(),
                b.participationListeners, b.statusNotes);
        EraseLeader erase = CoreHandlers.eraser(ports, listeners);
        CoreHandlers.register(registry, ports, adminCheck, listeners, b.random, b.nextOpener, erase);
        if (b.sponsors != null)
            registry.register(Command.Sponsor.class, new se.largrupp.core.leaders.usecases.ManageSponsors(b.sponsors, sponsorCheck, ports.leaders()));
        this.retention = new ApplyRetention(ports.transactions(), ports.leaders(), erase, ports.wakeups(), b.keepLeft, ports.clock());

        if (meetingsAndRounds != null) meetingsAndRounds.registerIn(registry);
        if (continuity != null) continuity.registerIn(registry);
        b.extraHandlers.forEach(r -> r.registerIn(registry)); // features' own handlers win over the core's defaults
        this.commands = new CoreCommandService(ports.leaders(), ports.groups(), adminCheck, sponsorCheck, ports.deliveries(),
                ports.transactions(), ports.outbox(), registry, new CommandParser(), ports.texts(), ports.clock());
        List<Wakeups.Handler> handlers = new ArrayList<>(b.wakeupHandlers);
        handlers.add(retention);
        this.wakeupHandlers = List.copyOf(handlers);
    }

    /** Stored admins, plus configured ones who have joined (configured ids cannot be listed otherwise). */
    private static List<LeaderId> adminsOf(Workspace ws, Ports p, AdminCheck check) {
        Set<LeaderId> all = new LinkedHashSet<>(p.admins().added(ws));
        p.leaders().inWorkspace(ws).stream().map(Leader::id).filter(check::isConfigured).forEach(all::add);
        return List.copyOf(all);
    }

    /** Leaders who left are erased after 90 days unless the deployment says otherwise. */
    public static final java.time.Duration DEFAULT_KEEP_LEFT = java.time.Duration.ofDays(90);

    public static Builder builder() {
        return new Builder();
    }

    /** The entry point of the adapters. */
    public CommandService commands() {
        return commands;
    }

    /** Every registered wake-up handler; the scheduler routes a wake-up to the handler of its topic. */
    public List<Wakeups.Handler> wakeupHandlers() {
        return wakeupHandlers;
    }

    /**
     * At start-up, once the scheduler runs (idempotent, every instance of a cluster may do it): the retention rule's
     * daily run, and the meetings' and rounds' wake-ups when that feature is on.
     */
    public void planAll() {
        retention.plan(ports.clock().instant());
        if (meetingsAndRounds != null) meetingsAndRounds.planAll();
    }

    /** Nudges, calendar and timed rounds, when the builder was given their options. */
    public java.util.Optional<MeetingsAndRounds> meetingsAndRounds() {
        return java.util.Optional.ofNullable(meetingsAndRounds);
    }

    public Ports ports() {
        return ports;
    }

    public AdminCheck admins() {
        return adminCheck;
    }

    /** Who sees the programme's figures besides the admins (no sponsor at all without a sponsor store). */
    public se.largrupp.core.leaders.SponsorCheck sponsors() {
        return sponsorCheck;
    }

    public static final class Builder {
        private Leaders leaders;
        private Groups groups;
        private Meetings meetings;
        private Admins admins;
        private ProcessedDeliveries deliveries;
        private Transactions transactions;
        private Outbox outbox;
        private Wakeups wakeups;
        private GroupConversations conversations;
        private Clock clock = Clock.systemUTC();
        private Texts texts = new Texts();
        private ConfiguredAdmins configuredAdmins = ConfiguredAdmins.none();
        private se.largrupp.core.leaders.Sponsors sponsors;
        private ConfiguredAdmins configuredSponsors = ConfiguredAdmins.none();
        private java.util.random.RandomGenerator random = new java.util.Random();
        private java.time.Duration keepLeft = DEFAULT_KEEP_LEFT;
        private se.largrupp.core.meetings.NextOpener nextOpener = se.largrupp.core.meetings.NextOpener.UNKNOWN;
        private final List<Registration<?>> extraHandlers = new ArrayList<>();
        private final List<Wakeups.Handler> wakeupHandlers = new ArrayList<>();
        private final List<BookingChanged> bookingListeners = new ArrayList<>();
        private MeetingsAndRounds.Options meetingsAndRounds;
        private final List<RsvpRecorded> rsvpListeners = new ArrayList<>();
        private final List<se.largrupp.core.port.PersonalData> personalData = new ArrayList<>();
        private final List<ParticipationChanged> participationListeners = new ArrayList<>();
        private final List<StatusNotes> statusNotes = new ArrayList<>();
        private ContinuityOptions continuity;

        private Builder() {}

        public Builder leaders(Leaders v) { leaders = v; return this; }
        public Builder groups(Groups v) { groups = v; return this; }
        public Builder meetings(Meetings v) { meetings = v; return this; }
        public Builder admins(Admins v) { admins = v; return this; }
        public Builder processedDeliveries(ProcessedDeliveries v) { deliveries = v; return this; }
        public Builder transactions(Transactions v) { transactions = v; return this; }
        public Builder outbox(Outbox v) { outbox = v; return this; }
        public Builder wakeups(Wakeups v) { wakeups = v; return this; }
        public Builder groupConversations(GroupConversations v) { conversations = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder texts(Texts v) { texts = v; return this; }
        /** Who opens a group's next round (the rounds feature knows the rotation); shown by {@code status}. */
        public Builder nextOpener(se.largrupp.core.meetings.NextOpener v) { nextOpener = v; return this; }

        /** How long a leader who left is kept before the retention rule erases them ({@code LARGRUPP_RETENTION_LEFT_DAYS}). */
        public Builder keepLeftLeaders(java.time.Duration v) { keepLeft = Objects.requireNonNull(v); return this; }

        /** Picks coaching questions; tests pass a seeded one. */
        public Builder random(java.util.random.RandomGenerator v) { random = v; return this; }

        /** The admins of {@code LARGRUPP_ADMINS}; see {@link ConfiguredAdmins#parse}. */
        public Builder configuredAdmins(String commaSeparated) { configuredAdmins = ConfiguredAdmins.parse(commaSeparated); return this; }
        public Builder configuredAdmins(ConfiguredAdmins v) { configuredAdmins = v; return this; }

        /** Turns on the sponsor role ({@code sponsor add|remove}); without it nobody is a sponsor. */
        public Builder sponsors(se.largrupp.core.leaders.Sponsors v) { sponsors = v; return this; }
        /** The sponsors of {@code LARGRUPP_SPONSORS}, the same entries as {@code LARGRUPP_ADMINS}. */
        public Builder configuredSponsors(String commaSeparated) {
            configuredSponsors = ConfiguredAdmins.parse("LARGRUPP_SPONSORS", commaSeparated);
            return this;
        }

        /** Registers the handler of a command type (rounds, regrouping, calendar …), replacing the core's default. */
        public <C extends Command> Builder handler(Class<C> type, CommandHandler<? super C> handler) {
            extraHandlers.add(new Registration<>(type, handler));
            return this;
        }

        public Builder wakeupHandler(Wakeups.Handler handler) { wakeupHandlers.add(handler); return this; }

        /** Told when a group's standing booking changes (the meetings feature re-plans its wake-ups). */
        public Builder onBookingChanged(BookingChanged listener) { bookingListeners.add(listener); return this; }

        /** Told after an RSVP was saved, in the same transaction (the meetings feature's quorum notice). */
        public Builder onRsvpRecorded(RsvpRecorded listener) { rsvpListeners.add(listener); return this; }

        /** Turns on nudges, the calendar and timed rounds, e.g. {@code MeetingsAndRounds.Options.jdbc(db.jdbc(), settings)}. */
        public Builder meetingsAndRounds(MeetingsAndRounds.Options v) { meetingsAndRounds = v; return this; }

        /**
         * Turns on placement of newcomers, refilled and merged groups and groups leaders start themselves, e.g.
         * {@code ContinuityOptions.jdbc(db.jdbc(), mode, regroupOptions, meetingSettings)}; install the regrouping
         * feature too (it opens the new groups' conversations) and give it {@link ContinuityOptions#continuation}.
         */
        public Builder continuity(ContinuityOptions v) { continuity = v; return this; }

        /** Told when a leader joins, pauses, comes back, leaves or is erased. */
        public Builder onParticipationChanged(ParticipationChanged listener) { participationListeners.add(listener); return this; }

        /** Adds fields to a leader's {@code status}. */
        public Builder statusNotes(StatusNotes notes) { statusNotes.add(notes); return this; }

        /** Erases what a feature keeps about a leader when they use "forget me" (the outbox's is added by itself). */
        public Builder personalData(se.largrupp.core.port.PersonalData v) { personalData.add(v); return this; }

        private List<se.largrupp.core.port.PersonalData> personalData() {
            List<se.largrupp.core.port.PersonalData> all = new ArrayList<>(personalData);
            if (outbox instanceof se.largrupp.core.port.PersonalData p && !all.contains(p)) all.add(p);
            return all;
        }

        public Largrupp build() {
            return new Largrupp(this);
        }
    }

    private record Registration<C extends Command>(Class<C> type, CommandHandler<? super C> handler) {
        void registerIn(HandlerRegistry registry) {
            registry.register(type, handler);
        }
    }
}
