package se.largrupp.core.rounds;

import java.time.Clock;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.NextOpener;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.pulse.PulseFeature;
import se.largrupp.core.rounds.templates.MeetingTemplates;

/** The rounds feature assembled: the command entry points and the wake-up handler the assembly registers. */
public final class RoundsFeature {
    private final StartRound start;
    private final SteerRound steer;
    private final AdvanceRound advance;
    private final RoundRotation rotation;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;

    private final ShowTemplate template;
    private final AgreeToGroundRules agree;
    private final MethodStores stores;
    private final PulseFeature pulse;

    public RoundsFeature(Transactions transactions, Groups groups, Leaders leaders, Meetings meetings, Rounds rounds,
                         Outbox outbox, Wakeups wakeups, Texts texts, Clock clock) {
        this(transactions, groups, leaders, meetings, rounds, MethodStores.inMemory(), outbox, wakeups, texts, clock);
    }

    public RoundsFeature(Transactions transactions, Groups groups, Leaders leaders, Meetings meetings, Rounds rounds,
                         MethodStores stores, Outbox outbox, Wakeups wakeups, Texts texts, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
        this.stores = stores;
        MeetingTemplates templates = MeetingTemplates.load(texts);
        this.pulse = new PulseFeature(stores.pulse(), outbox, wakeups, leaders, texts, transactions, clock);
        this.effects = new RoundEffects(rounds, outbox, wakeups, new RoundMessages(texts, templates), pulse);
        GroundRulesCard rulesCard = new GroundRulesCard(texts, outbox);
        this.start = new StartRound(leaders, meetings, rounds, effects, clock, templates, stores, rulesCard);
        this.template = new ShowTemplate(templates, stores.templates());
        this.agree = new AgreeToGroundRules(leaders, rounds, stores.groundRules(), rulesCard, clock);
        this.steer = new SteerRound(leaders, rounds, effects, clock);
        this.advance = new AdvanceRound(transactions, groups, leaders, rounds, effects, clock);
        this.rotation = new RoundRotation(rounds, stores.roles());
    }

    /** Registers {@code start}, {@code next}, {@code next person}, {@code extend}, {@code hold}, {@code continue}, {@code stop}
     * and {@code template}. */
    public void registerIn(HandlerRegistry registry) {
        registry.register(Command.Start.class, start);
        registry.register(Command.Next.class, steer);
        registry.register(Command.Extend.class, steer);
        registry.register(Command.Hold.class, steer);
        registry.register(Command.Continue.class, steer);
        registry.register(Command.Stop.class, steer);
        registry.register(Command.NextPerson.class, steer);
        registry.register(Command.Template.class, template);
        registry.register(Command.Agree.class, agree);
        registry.register(Command.Pulse.class, pulse.answers());
    }

    /**
     * Adds the pulse to whichever {@code stats} answers in the end (the core's, or a feature's own such as the
     * insights): call after every handler is registered.
     */
    public void addPulseTo(HandlerRegistry registry) {
        registry.handler(Command.Stats.class).ifPresent(inner -> registry.register(Command.Stats.class, pulse.stats(inner)));
    }

    /** Rounds run in the group's own conversation, where everybody sees the turns; not in a direct message. */
    static boolean inGroupConversation(CommandContext context) {
        return context.group().flatMap(LearningGroup::conversation).filter(context.invocation().conversation()::equals).isPresent();
    }

    /**
     * At start-up (idempotent): every running round gets its wake-up again, in case the process died between a
     * round's commit and the scheduling that follows it. A wake-up that still exists is replaced by the same one.
     */
    public void planAll() {
        for (Round round : rounds.allOpen()) effects.plan(round, clock.instant());
    }

    /** Forget me: the leader leaves every round's turn order. */
    public se.largrupp.core.port.PersonalData personalData() {
        return (leader, name, conversations) -> {
            rounds.forget(leader);
            stores.roles().forget(leader);
            stores.groundRules().forget(leader);
            stores.pulse().forget(leader);
        };
    }

    public Wakeups.Handler wakeHandler() {
        return advance;
    }

    /** Closes each pulse's answer window after 24 hours (its "answered" flags go). */
    public Wakeups.Handler pulseCloser() {
        return pulse.closer();
    }

    public NextOpener nextOpener() {
        return rotation;
    }
}
