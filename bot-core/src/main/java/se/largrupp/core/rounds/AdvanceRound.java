package se.largrupp.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.WakeSubjects;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * The round's clock: woken at the warning and at the end of each turn, it decides with the clock what is due.
 * A turn that ended more than one turn ago (the bot was down) is not replayed: the round waits for {@code next}.
 */
public final class AdvanceRound implements Wakeups.Handler {
    private final Transactions transactions;
    private final Groups groups;
    private final Leaders leaders;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;

    AdvanceRound(Transactions transactions, Groups groups, Leaders leaders, Rounds rounds, RoundEffects effects, Clock clock) {
        this.transactions = transactions;
        this.groups = groups;
        this.leaders = leaders;
        this.rounds = rounds;
        this.effects = effects;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RoundEffects.TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        RoundId id = new RoundId(WakeSubjects.last(subject));
        transactions.inTransaction(() -> tick(id, due));
    }

    /** Late means the time's-up message would now come more than one whole turn after its time. */
    public static boolean tooLate(Round round, Instant now) {
        return Duration.between(round.turnEndsAt().orElseThrow(), now).compareTo(round.turnLength()) > 0;
    }

    /**
     * A scaled clock maps due times to whole real milliseconds, so a wake-up may arrive a hair before its due time
     * by our clock; within this tolerance it counts as on time rather than as an early wake-up to sleep on again.
     */
    static final Duration ON_TIME = Duration.ofSeconds(1);

    private void tick(RoundId id, Instant due) {
        Optional<Round> found = rounds.find(id).filter(r -> r.status() == RoundStatus.RUNNING);
        if (found.isEmpty()) return;
        Round round = found.get();
        Optional<LearningGroup> group = groups.find(round.group()).filter(g -> g.isActive() && g.conversation().isPresent());
        if (group.isEmpty()) {
            rounds.save(round.ended(RoundStatus.STOPPED)); // the group was dissolved mid-round
            return;
        }
        GroupPeople people = GroupPeople.load(group.get(), leaders);
        Instant clockNow = clock.instant();
        Instant now = due.isAfter(clockNow) && Duration.between(clockNow, due).compareTo(ON_TIME) < 0 ? due : clockNow;
        Instant endsAt = round.turnEndsAt().orElseThrow();
        if (!now.isBefore(endsAt)) {
            String turn = "turn:" + round.turnNumber();
            if (tooLate(round, now)) {
                Round waiting = round.interrupted();
                effects.post(people, waiting, turn + ":interrupted", effects.messages().interrupted(people, waiting));
                effects.apply(people, waiting, now);
            } else {
                effects.post(people, round, turn + ":time-up", effects.messages().timeUp(people, round));
                if (round.isLastTurn()) effects.close(people, round, RoundStatus.FINISHED, now);
                else effects.apply(people, round.nextTurn(now), now);
            }
        } else {
            Round current = round;
            while (!current.isLastPhase() && !now.isBefore(current.phaseEndsAt().orElseThrow())) {
                current = current.phaseOver();
                effects.post(people, current, "turn:" + current.turnNumber() + ":phase:" + current.phase(),
                        effects.messages().phaseChange(people, current));
            }
            if (current != round) effects.apply(people, current, now);
            if (!now.isBefore(current.warnAt().orElseThrow()))
                effects.post(people, current, "turn:" + current.turnNumber() + ":warning:" + endsAt.toEpochMilli(),
                        effects.messages().warning(people, current));
            effects.plan(current, now); // also when woken early: wait for the real moment
        }
    }
}
