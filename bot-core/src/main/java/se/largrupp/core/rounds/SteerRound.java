package se.largrupp.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;

/**
 * {@code next} (the next phase; after the last, the next person), {@code next person}, {@code extend [m]}, {@code hold},
 * {@code continue}, {@code stop}: members steer their group's round, in the command's transaction. Extend, hold and
 * continue act on the phase now: the phases after it keep their lengths.
 */
public final class SteerRound implements CommandHandler<Command> {
    public static final int DEFAULT_EXTENSION = 5;

    private final Leaders leaders;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;

    SteerRound(Leaders leaders, Rounds rounds, RoundEffects effects, Clock clock) {
        this.leaders = leaders;
        this.rounds = rounds;
        this.effects = effects;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandContext context, Command command) {
        if (!RoundsFeature.inGroupConversation(context)) return context.refuse("rounds.refused.noGroup");
        LearningGroup group = context.group().orElseThrow();
        Optional<Round> open = rounds.open(group.id());
        if (open.isEmpty()) return context.refuse("rounds.refused.noRound");
        Round round = open.get();
        GroupPeople people = GroupPeople.load(group, leaders);
        Instant now = clock.instant();
        if (command instanceof Command.Next && round.status() != RoundStatus.INTERRUPTED && !round.isLastPhase()) {
            Round next = round.nextPhase(now);
            effects.post(people, next, "turn:" + next.turnNumber() + ":phase:" + next.phase(), effects.messages().phaseChange(people, next));
            effects.apply(people, next, now);
            return context.toCaller("method.ack.nextPhase");
        }
        if (command instanceof Command.Next || command instanceof Command.NextPerson
                || command instanceof Command.Continue && round.status() == RoundStatus.INTERRUPTED)
            return next(context, people, round, now);
        if (command instanceof Command.Continue) {
            if (round.status() != RoundStatus.HELD) return context.refuse("rounds.refused.notHeld");
            effects.apply(people, round.continued(now), now);
            return context.toCaller("rounds.ack.continued");
        }
        if (command instanceof Command.Hold) {
            if (round.status() != RoundStatus.RUNNING) return context.refuse("rounds.refused.notRunning");
            effects.apply(people, round.held(now), now);
            return context.toCaller("rounds.ack.held");
        }
        if (command instanceof Command.Extend e) {
            int minutes = e.minutes().orElse(DEFAULT_EXTENSION);
            if (minutes < StartRound.MIN_MINUTES || minutes > StartRound.MAX_MINUTES)
                return context.refuse("rounds.refused.minutes", StartRound.MIN_MINUTES, StartRound.MAX_MINUTES);
            if (round.status() == RoundStatus.INTERRUPTED) return context.refuse("rounds.refused.interrupted");
            effects.apply(people, round.extended(Duration.ofMinutes(minutes)), now);
            return context.toCaller("rounds.ack.extended", minutes);
        }
        if (command instanceof Command.Stop) {
            effects.close(people, round, RoundStatus.STOPPED, now);
            return context.toCaller("rounds.ack.stopped");
        }
        throw new IllegalArgumentException("not a round command: " + command.canonical());
    }

    private Reply next(CommandContext context, GroupPeople people, Round round, Instant now) {
        if (round.isLastTurn()) {
            effects.close(people, round, RoundStatus.FINISHED, now);
            return context.toCaller("rounds.ack.finished");
        }
        Round next = round.nextTurn(now);
        effects.post(people, next, "turn:" + next.turnNumber() + ":start", effects.messages().handover(people, next));
        effects.apply(people, next, now);
        return context.toCaller("rounds.ack.next", people.name(next.speaker()));
    }
}
