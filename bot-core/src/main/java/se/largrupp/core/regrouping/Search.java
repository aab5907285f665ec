package se.largrupp.core.regrouping;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans {@code rounds} rounds at once: a start from a construction where one fits the group sizes ({@link DesignStart})
 * or else built greedily ({@link GreedyStart}) — the cheaper of the two — then the {@link TabuSearch}. Deterministic
 * for a seed unless the time cap cuts the search short.
 */
final class Search {
    private final Schedule plan;

    /**
     * @param favourFirst the first round is the one that will be applied (a lookahead): later rounds' own costs count
     *                    half, so they shape the first without outweighing it
     */
    Search(Model m, int rounds, List<Integer> sizes, List<int[]> lockedGroups, RegroupOptions options, boolean favourFirst) {
        double[] weight = new double[rounds];
        Arrays.fill(weight, 1.0);
        if (favourFirst) for (int r = 1; r < rounds; r++) weight[r] = 0.5;
        int[] groupSizes = sizes.stream().mapToInt(Integer::intValue).toArray();
        SplittableRandom random = new SplittableRandom(options.seed());
        long deadline = System.nanoTime() + options.timeBudget().toNanos();
        boolean[] locked = new boolean[m.n];
        Schedule greedy = new Schedule(m, rounds, groupSizes, weight, options.weights().repeat());
        GreedyStart builder = new GreedyStart(greedy, random);
        int[][][] design = lockedGroups.isEmpty() && m.hasDense()
                ? DesignStart.rounds(m, groupSizes, rounds, onlyRepeatsCost(m), random, options.effort()) : new int[0][][];
        Schedule start = greedy;
        if (design.length > 0) {
            Schedule constructed = new Schedule(m, rounds, groupSizes, weight, options.weights().repeat());
            GreedyStart rest = new GreedyStart(constructed, random);
            for (int r = 0; r < rounds; r++) {
                if (r < design.length) place(constructed, r, design[r]);
                else rest.build(r, List.of(), locked);
            }
            start = constructed;
            // A construction that leaves costs behind competes with the greedy start; the cheaper one is searched.
            if (constructed.totalCost() > 0) {
                for (int r = 0; r < rounds; r++) builder.build(r, List.of(), locked);
                if (greedy.totalCost() < constructed.totalCost()) start = greedy;
            }
        } else {
            for (int r = 0; r < rounds; r++) builder.build(r, r == 0 ? lockedGroups : List.of(), locked);
        }
        plan = start;
        TabuSearch tabu = new TabuSearch(plan, locked, random, deadline);
        tabu.improve(tabu.iterations(options.effort()));
    }

    /** The plan: for each round, each group's members. */
    int[][][] result() {
        return plan.result();
    }

    private static void place(Schedule s, int r, int[][] groups) {
        int[] filled = new int[s.sizes.length];
        s.clear(r);
        for (int g = 0; g < groups.length; g++) for (int p : groups[g]) s.place(r, p, g, filled);
        s.countRound(r);
    }

    /** The Social Golfer setting: nothing but repeats inside the plan costs anything. */
    private static boolean onlyRepeatsCost(Model m) {
        for (int a = 0; a < m.n; a++) for (int b = a + 1; b < m.n; b++) if (m.cost(a, b) != 0) return false;
        return true;
    }
}
