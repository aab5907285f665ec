package se.largrupp.core.rounds;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The phases of every turn of a round: the template they come from (empty: a plain turn of one phase) and each phase's
 * length, fitted to the turn when the round started. Stored with the round, so a template file changed later does not
 * change a round that runs.
 */
public record TurnPlan(Optional<String> template, List<Duration> phases) {
    public TurnPlan {
        Objects.requireNonNull(template, "template");
        phases = List.copyOf(phases);
        if (phases.isEmpty()) throw new IllegalArgumentException("a turn has at least one phase");
    }

    public static TurnPlan plain(Duration turn) {
        return new TurnPlan(Optional.empty(), List.of(turn));
    }

    public Duration turn() {
        return phases.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
