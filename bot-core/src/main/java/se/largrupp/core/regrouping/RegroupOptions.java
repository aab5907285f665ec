package se.largrupp.core.regrouping;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to regroup.
 *
 * @param preferredSize  3 or 4: as many groups of this size as the head-count allows, the rest of the other size
 * @param allowFive      for exactly five leaders, one group of five instead of a refusal
 * @param managerDepth   how far up the chain a leader is kept away from their managers: 1 = own manager,
 *                       2 = also the manager's manager (default), {@link #WHOLE_CHAIN} = everyone above
 * @param keepTogether   groups (or parts of groups) that asked to stay together in the next round
 * @param sizes          explicit group sizes (a planning tool's choice); empty: derived from the head-count
 * @param effort         search effort: iterations per planned round and player (deterministic for a seed)
 * @param timeBudget     a safety cap on search time; when it cuts a search short the result depends on speed
 */
public record RegroupOptions(int preferredSize, boolean allowFive, int managerDepth, Weights weights, long seed,
                             List<List<String>> keepTogether, Optional<List<Integer>> sizes, int effort,
                             Duration timeBudget) {

    public static final int WHOLE_CHAIN = Integer.MAX_VALUE;

    public RegroupOptions {
        if (preferredSize != 3 && preferredSize != 4) throw new IllegalArgumentException("preferred size must be 3 or 4");
        if (managerDepth < 1) throw new IllegalArgumentException("manager depth must be at least 1");
        Objects.requireNonNull(weights, "weights");
        keepTogether = keepTogether.stream().map(List::copyOf).toList();
        sizes = sizes.map(List::copyOf);
        if (effort < 1) throw new IllegalArgumentException("effort must be positive");
        Objects.requireNonNull(timeBudget, "timeBudget");
    }

    public static RegroupOptions defaults() {
        return new RegroupOptions(4, false, 2, Weights.defaults(), 1L, List.of(), Optional.empty(), 100,
                Duration.ofSeconds(8));
    }

    public RegroupOptions withPreferredSize(int size) {
        return new RegroupOptions(size, allowFive, managerDepth, weights, seed, keepTogether, sizes, effort, timeBudget);
    }

    public RegroupOptions withAllowFive(boolean allow) {
        return new RegroupOptions(preferredSize, allow, managerDepth, weights, seed, keepTogether, sizes, effort, timeBudget);
    }

    public RegroupOptions withManagerDepth(int depth) {
        return new RegroupOptions(preferredSize, allowFive, depth, weights, seed, keepTogether, sizes, effort, timeBudget);
    }

    public RegroupOptions withWeights(Weights w) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, w, seed, keepTogether, sizes, effort, timeBudget);
    }

    public RegroupOptions withSeed(long s) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, weights, s, keepTogether, sizes, effort, timeBudget);
    }

    public RegroupOptions withKeepTogether(List<List<String>> requests) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, weights, seed, requests, sizes, effort, timeBudget);
    }

    public RegroupOptions withSizes(List<Integer> explicit) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, weights, seed, keepTogether,
                Optional.of(explicit), effort, timeBudget);
    }

    public RegroupOptions withEffort(int e) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, weights, seed, keepTogether, sizes, e, timeBudget);
    }

    public RegroupOptions withTimeBudget(Duration budget) {
        return new RegroupOptions(preferredSize, allowFive, managerDepth, weights, seed, keepTogether, sizes, effort, budget);
    }
}
