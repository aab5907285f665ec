package se.largrupp.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.port.Transactions;

/** {@code next}, {@code extend [m]}, {@code hold}, {@code continue}, {@code stop}: members steer their group's round. */
public final class SteerRound {
    public static final int DEFAULT_EXTENSION = 5;

    private final Transactions transactions;
    private final RoundAccess access;
    private final Leaders leaders;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;

    SteerRound(Transactions transactions, RoundAccess access, Leaders leaders, Rounds rounds, RoundEffects effects, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.leaders = leaders;
        this.rounds = rounds;
        this.effects = effects;
        this.clock = clock;
    }

    public Reply steer(Invocation invocation, Command command) {
        return transactions.inTransaction(() -> run(invocation, command));
    }

    private Reply run(Invocation invocation, Command command) {
        RoundAccess.Result result = access.groupOf(invocation);
        if (result.refusal().isPresent()) return result.refusal().get();
        LearningGroup group = result.group().orElseThrow();
        Optional<Round> open = rounds.open(group.id());
        if (open.isEmpty()) return access.refuse(invocation, "rounds.refused.noRound");
        Round round = open.get();
        GroupPeople people = GroupPeople.load(group, leaders);
        Instant now = clock.instant();
        if (command instanceof Command.Next
                || command instanceof Command.Continue && round.status() == RoundStatus.INTERRUPTED)
            return next(invocation, people, round, now);
        if (command instanceof Command.Continue) {
            if (round.status() != RoundStatus.HELD) return access.refuse(invocation, "rounds.refused.notHeld");
            effects.apply(people, round.continued(now), now);
            return access.ack(invocation, "rounds.ack.continued");
        }
        if (command instanceof Command.Hold) {
            if (round.status() != RoundStatus.RUNNING) return access.refuse(invocation, "rounds.refused.notRunning");
            effects.apply(people, round.held(now), now);
            return access.ack(invocation, "rounds.ack.held");
        }
        if (command instanceof Command.Extend e) {
            int minutes = e.minutes().orElse(DEFAULT_EXTENSION);
            if (minutes < StartRound.MIN_MINUTES || minutes > StartRound.MAX_MINUTES)
                return access.refuse(invocation, "rounds.refused.minutes", StartRound.MIN_MINUTES, StartRound.MAX_MINUTES);
            if (round.status() == RoundStatus.INTERRUPTED) return access.refuse(invocation, "rounds.refused.interrupted");
            effects.apply(people, round.extended(Duration.ofMinutes(minutes)), now);
            return access.ack(invocation, "rounds.ack.extended", minutes);
        }
        if (command instanceof Command.Stop) {
            effects.close(people, round, RoundStatus.STOPPED, now);
            return access.ack(invocation, "rounds.ack.stopped");
        }
        throw new IllegalArgumentException("not a round command: " + command.canonical());
    }

    private Reply next(Invocation invocation, GroupPeople people, Round round, Instant now) {
        if (round.isLastTurn()) {
            effects.close(people, round, RoundStatus.FINISHED, now);
            return access.ack(invocation, "rounds.ack.finished");
        }
        Round next = round.nextTurn(now);
        effects.post(people, next, "turn:" + next.turnNumber() + ":start", effects.messages().handover(people, next));
        effects.apply(people, next, now);
        return access.ack(invocation, "rounds.ack.next", people.name(next.speaker()));
    }
}
