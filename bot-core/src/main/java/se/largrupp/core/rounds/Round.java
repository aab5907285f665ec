package se.largrupp.core.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/**
 * A timed round in a group's meeting: each person present gets the floor for {@code turnLength}, in {@code order}, and
 * each turn runs the phases of the round's template. Only timing, ids and the order are kept, never what was said.
 *
 * @param current         index into {@code order} of the person who has the floor
 * @param turnEndsAt      when the current turn ends, while RUNNING
 * @param pausedRemaining what was left of the turn when it was held, while HELD
 * @param plan            the template and its phases' lengths in a turn (they add up to {@code turnLength})
 * @param phase           index into the plan's phases of the phase now
 * @param facilitator     the samtalsledare of this meeting, who keeps the time and the rules
 */
public record Round(RoundId id, GroupId group, Instant startedAt, List<LeaderId> order, Duration turnLength,
                    int current, Optional<Instant> turnEndsAt, Optional<Duration> pausedRemaining, RoundStatus status,
                    TurnPlan plan, int phase, Optional<LeaderId> facilitator) {

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
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(facilitator, "facilitator");
        if (order.isEmpty()) throw new IllegalArgumentException("a round needs someone to speak");
        if (current < 0 || current >= order.size()) throw new IllegalArgumentException("turn index out of range: " + current);
        if (phase < 0 || phase >= plan.phases().size()) throw new IllegalArgumentException("phase index out of range: " + phase);
        if (status == RoundStatus.RUNNING && turnEndsAt.isEmpty()) throw new IllegalArgumentException("a running turn needs an end");
        if (status == RoundStatus.HELD && pausedRemaining.isEmpty()) throw new IllegalArgumentException("a held turn needs its remaining time");
    }

    /** A round without a template: one phase per turn. */
    public Round(RoundId id, GroupId group, Instant startedAt, List<LeaderId> order, Duration turnLength, int current,
                 Optional<Instant> turnEndsAt, Optional<Duration> pausedRemaining, RoundStatus status) {
        this(id, group, startedAt, order, turnLength, current, turnEndsAt, pausedRemaining, status, TurnPlan.plain(turnLength),
                0, Optional.empty());
    }

    public static Round started(GroupId group, List<LeaderId> order, Duration turnLength, Instant now) {
        return started(group, order, TurnPlan.plain(turnLength), Optional.empty(), now);
    }

    public static Round started(GroupId group, List<LeaderId> order, TurnPlan plan, Optional<LeaderId> facilitator, Instant now) {
        return new Round(RoundId.random(), group, now, order, plan.turn(), 0, Optional.of(now.plus(plan.turn())),
                Optional.empty(), RoundStatus.RUNNING, plan, 0, facilitator);
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

    public boolean isLastPhase() {
        return phase == plan.phases().size() - 1;
    }

    /** What the phases after this one take: the part of the turn that is not this phase's. */
    Duration afterThisPhase() {
        return from(phase + 1);
    }

    private Duration from(int first) {
        Duration rest = Duration.ZERO;
        for (int i = first; i < plan.phases().size(); i++) rest = rest.plus(plan.phases().get(i));
        return rest;
    }

    /** When the phase now ends, while RUNNING; an extension of the turn lengthens this phase. */
    public Optional<Instant> phaseEndsAt() {
        return turnEndsAt.map(end -> end.minus(afterThisPhase()));
    }

    /** What is left of the phase while HELD. */
    public Optional<Duration> phaseRemaining() {
        return pausedRemaining.map(r -> r.minus(afterThisPhase())).map(d -> d.isNegative() ? Duration.ZERO : d);
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
                Optional.empty(), RoundStatus.RUNNING, plan, 0, facilitator);
    }

    /** The next phase of this turn from {@code now}: it and the phases after it get their full lengths. */
    public Round nextPhase(Instant now) {
        if (isLastPhase()) throw new IllegalStateException("no phase after the last");
        return new Round(id, group, startedAt, order, turnLength, current, Optional.of(now.plus(from(phase + 1))),
                Optional.empty(), RoundStatus.RUNNING, plan, phase + 1, facilitator);
    }

    /** The phase ran its time: the next one starts, and the turn still ends when it was to. */
    public Round phaseOver() {
        if (isLastPhase()) throw new IllegalStateException("no phase after the last");
        return new Round(id, group, startedAt, order, turnLength, current, turnEndsAt, pausedRemaining, status, plan, phase + 1, facilitator);
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
        Optional<LeaderId> lead = facilitator.filter(f -> !f.equals(leader));
        if (at < 0) return Optional.of(lead.equals(facilitator) ? this
                : new Round(id, group, startedAt, order, turnLength, current, turnEndsAt, pausedRemaining, status, plan, phase, lead));
        List<LeaderId> rest = new ArrayList<>(order);
        rest.remove(at);
        if (rest.isEmpty()) return Optional.empty();
        int now = at < current ? current - 1 : Math.min(current, rest.size() - 1);
        return Optional.of(new Round(id, group, startedAt, rest, turnLength, now, turnEndsAt, pausedRemaining, status, plan, phase, lead));
    }

    private Round with(Optional<Instant> endsAt, Optional<Duration> remaining, RoundStatus newStatus) {
        return new Round(id, group, startedAt, order, turnLength, current, endsAt, remaining, newStatus, plan, phase, facilitator);
    }
}
