package se.largrupp.core.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/**
 * A timed round in a group's meeting: each person present gets the floor for {@code turnLength}, in {@code order}.
 * Only timing is kept, never what was said.
 *
 * @param current         index into {@code order} of the person who has the floor
 * @param turnEndsAt      when the current turn ends, while RUNNING
 * @param pausedRemaining what was left of the turn when it was held, while HELD
 */
public record Round(RoundId id, GroupId group, Instant startedAt, List<LeaderId> order, Duration turnLength,
                    int current, Optional<Instant> turnEndsAt, Optional<Duration> pausedRemaining, RoundStatus status) {

    public static final Duration MAX_WARNING = Duration.ofMinutes(2);

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(startedAt, "startedAt");
        order = List.copyOf(order);
        Objects.requireNonNull(turnLength, "turnLength");
        Objects.requireNonNull(turnEndsAt, "turnEndsAt");
        Objects.requireNonNull(pausedRemaining, "pausedRemaining");
        Objects.requireNonNull(status, "status");
        if (order.isEmpty()) throw new IllegalArgumentException("a round needs someone to speak");
        if (current < 0 || current >= order.size()) throw new IllegalArgumentException("turn index out of range: " + current);
        if (status == RoundStatus.RUNNING && turnEndsAt.isEmpty()) throw new IllegalArgumentException("a running turn needs an end");
        if (status == RoundStatus.HELD && pausedRemaining.isEmpty()) throw new IllegalArgumentException("a held turn needs its remaining time");
    }

    public static Round started(GroupId group, List<LeaderId> order, Duration turnLength, Instant now) {
        return new Round(RoundId.random(), group, now, order, turnLength, 0, Optional.of(now.plus(turnLength)),
                Optional.empty(), RoundStatus.RUNNING);
    }

    public LeaderId speaker() {
        return order.get(current);
    }

    /** The turn number people read, from 1. */
    public int turnNumber() {
        return current + 1;
    }

    public boolean isLastTurn() {
        return current == order.size() - 1;
    }

    public Optional<LeaderId> nextSpeaker() {
        return isLastTurn() ? Optional.empty() : Optional.of(order.get(current + 1));
    }

    /** Two minutes before the end, or a fifth of the turn when turns are short. */
    public Duration warningLead() {
        Duration fifth = turnLength.dividedBy(5);
        return fifth.compareTo(MAX_WARNING) < 0 ? fifth : MAX_WARNING;
    }

    public Optional<Instant> warnAt() {
        return turnEndsAt.map(end -> end.minus(warningLead()));
    }

    public Round nextTurn(Instant now) {
        if (isLastTurn()) throw new IllegalStateException("no turn after the last");
        return new Round(id, group, startedAt, order, turnLength, current + 1, Optional.of(now.plus(turnLength)),
                Optional.empty(), RoundStatus.RUNNING);
    }

    public Round extended(Duration more) {
        return status == RoundStatus.HELD
                ? with(Optional.empty(), pausedRemaining.map(r -> r.plus(more)), RoundStatus.HELD)
                : with(turnEndsAt.map(e -> e.plus(more)), Optional.empty(), status);
    }

    public Round held(Instant now) {
        Duration left = Duration.between(now, turnEndsAt.orElseThrow());
        return with(Optional.empty(), Optional.of(left.isNegative() ? Duration.ZERO : left), RoundStatus.HELD);
    }

    public Round continued(Instant now) {
        return with(Optional.of(now.plus(pausedRemaining.orElseThrow())), Optional.empty(), RoundStatus.RUNNING);
    }

    public Round interrupted() {
        return with(Optional.empty(), Optional.empty(), RoundStatus.INTERRUPTED);
    }

    public Round ended(RoundStatus how) {
        return with(Optional.empty(), Optional.empty(), how);
    }

    /**
     * The round as if {@code leader} had never been in it (forget me): the others keep their turns and the clock; when
     * the leader had the floor, the next person has it for what is left of the turn. Empty when nobody is left.
     */
    public Optional<Round> without(LeaderId leader) {
        int at = order.indexOf(leader);
        if (at < 0) return Optional.of(this);
        List<LeaderId> rest = new java.util.ArrayList<>(order);
        rest.remove(at);
        if (rest.isEmpty()) return Optional.empty();
        int now = at < current ? current - 1 : Math.min(current, rest.size() - 1);
        return Optional.of(new Round(id, group, startedAt, rest, turnLength, now, turnEndsAt, pausedRemaining, status));
    }

    private Round with(Optional<Instant> endsAt, Optional<Duration> remaining, RoundStatus newStatus) {
        return new Round(id, group, startedAt, order, turnLength, current, endsAt, remaining, newStatus);
    }
}
