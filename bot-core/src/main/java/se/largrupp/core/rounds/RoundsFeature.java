package se.largrupp.core.rounds;

import java.time.Clock;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.NextOpener;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/** The rounds feature assembled: the command entry points and the wake-up handler the assembly registers. */
public final class RoundsFeature {
    private final StartRound start;
    private final SteerRound steer;
    private final AdvanceRound advance;
    private final RoundRotation rotation;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;

    public RoundsFeature(Transactions transactions, Groups groups, Leaders leaders, Meetings meetings, Rounds rounds,
                         Outbox outbox, Wakeups wakeups, Texts texts, Clock clock) {
        RoundAccess access = new RoundAccess(groups, leaders, texts);
        this.rounds = rounds;
        this.clock = clock;
        this.effects = new RoundEffects(rounds, outbox, wakeups, new RoundMessages(texts));
        this.start = new StartRound(transactions, access, leaders, meetings, rounds, effects, clock);
        this.steer = new SteerRound(transactions, access, leaders, rounds, effects, clock);
        this.advance = new AdvanceRound(transactions, groups, leaders, rounds, effects, clock);
        this.rotation = new RoundRotation(rounds);
    }

    /** Runs {@code start}, {@code next}, {@code extend}, {@code hold}, {@code continue} and {@code stop}. */
    public Reply execute(Invocation invocation, Command command) {
        return command instanceof Command.Start s ? start.start(invocation, s) : steer.steer(invocation, command);
    }

    public static boolean handles(Command command) {
        return command instanceof Command.Start || command instanceof Command.Next || command instanceof Command.Extend
                || command instanceof Command.Hold || command instanceof Command.Continue || command instanceof Command.Stop;
    }

    /**
     * At start-up (idempotent): every running round gets its wake-up again, in case the process died between a
     * round's commit and the scheduling that follows it. A wake-up that still exists is replaced by the same one.
     */
    public void planAll() {
        for (Round round : rounds.allOpen()) effects.plan(round, clock.instant());
    }

    public Wakeups.Handler wakeHandler() {
        return advance;
    }

    public NextOpener nextOpener() {
        return rotation;
    }
}
