package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A start from a construction ({@link Designs}): which leader takes which point. Swapping two leaders' points keeps
 * every round's sizes and the design's "two points meet at most once", so a local search over those swaps can move
 * managers, not-with pairs, past partners and colleagues into rounds that are not planned, or onto pairs the design
 * never groups. Rounds that still break a hard rule are not kept: the greedy start and the tabu search take over there.
 */
final class DesignStart {
    /** Beyond this, the labelling search would cost more than the design saves. */
    private static final int LABEL_LIMIT = 128;
    private static final int MAX_ITERATIONS = 20_000;

    private final Model m;
    private final int[][][] design;
    private final int planned;
    private final SplittableRandom random;
    /** leaderAt[p]: the leader on point p; starts as a seeded shuffle. */
    private final int[] leaderAt;
    /** blockOf[p][r]: the block of point p in round r. */
    private final int[][] blockOf;

    private DesignStart(Model m, int[][][] design, int planned, SplittableRandom random) {
        this.m = m;
        this.design = design;
        this.planned = Math.min(planned, design.length);
        this.random = random;
        leaderAt = new int[m.n];
        for (int i = 0; i < m.n; i++) leaderAt[i] = i;
        for (int i = m.n - 1; i > 0; i--) swapLabels(i, random.nextInt(i + 1));
        blockOf = new int[m.n][design.length];
        for (int r = 0; r < design.length; r++)
            for (int b = 0; b < design[r].length; b++) for (int p : design[r][b]) blockOf[p][r] = b;
    }

    /**
     * Up to {@code rounds} rounds of leaders, rounds[r][g] with sizes[g] members, cheapest first; empty when no
     * construction fits the sizes or the pool is too big to place on one with its costs.
     */
    static int[][][] rounds(Model m, int[] sizes, int rounds, boolean costsNothing, SplittableRandom random, int effort) {
        int[][][] design = Designs.best(sizes);
        if (design.length == 0 || (!costsNothing && m.n > LABEL_LIMIT)) return new int[0][][];
        DesignStart start = new DesignStart(m, design, rounds, random);
        if (!costsNothing) start.label(Math.min(MAX_ITERATIONS, (long) effort * m.n));
        return start.kept();
    }

    private double roundCost(int r) {
        double c = 0;
        for (int[] block : design[r])
            for (int i = 0; i < block.length; i++)
                for (int j = i + 1; j < block.length; j++) c += m.cost(leaderAt[block[i]], leaderAt[block[j]]);
        return c;
    }

    /** The planned rounds are the cheapest ones: the objective is their sum. */
    private double objective(double[] costs) {
        double[] sorted = costs.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < planned; i++) sum += sorted[i];
        return sum;
    }

    /** A tabu walk over label swaps: pick a point in a costly pair, swap it with the partner that helps most. */
    private void label(long iterations) {
        int n = m.n;
        double[] costs = new double[design.length];
        for (int r = 0; r < design.length; r++) costs[r] = roundCost(r);
        double current = objective(costs);
        double best = current;
        int[] bestLabels = leaderAt.clone();
        int[] tabu = new int[n];
        double[] trial = new double[design.length];
        for (int it = 1; it <= iterations && best > 0; it++) {
            int p = costlyPoint(costs);
            if (p < 0) break;
            int bestQ = -1, ties = 0;
            double bestValue = Double.MAX_VALUE;
            for (int q = 0; q < n; q++) {
                if (q == p || tabu[q] > it) continue;
                for (int r = 0; r < design.length; r++) trial[r] = costs[r] + delta(r, p, q);
                double value = objective(trial);
                if (value < bestValue - 1e-9) {
                    bestValue = value;
                    bestQ = q;
                    ties = 1;
                } else if (Math.abs(value - bestValue) <= 1e-9 && random.nextInt(++ties) == 0) bestQ = q;
            }
            if (bestQ < 0) continue;
            for (int r = 0; r < design.length; r++) costs[r] += delta(r, p, bestQ);
            swapLabels(p, bestQ);
            current = bestValue;
            tabu[p] = tabu[bestQ] = it + 2 + random.nextInt(3);
            if (current < best - 1e-9) {
                best = current;
                bestLabels = leaderAt.clone();
            }
        }
        System.arraycopy(bestLabels, 0, leaderAt, 0, n);
    }

    /** A random point that sits with someone at a cost in one of the planned (cheapest) rounds, or −1. */
    private int costlyPoint(double[] costs) {
        double[] sorted = costs.clone();
        Arrays.sort(sorted);
        double cut = sorted[planned - 1];
        List<Integer> found = new ArrayList<>();
        for (int r = 0; r < design.length; r++) {
            if (costs[r] > cut || costs[r] == 0) continue;
            for (int[] block : design[r])
                for (int a : block) for (int b : block) if (a < b && m.cost(leaderAt[a], leaderAt[b]) > 0) {
                    found.add(a);
                    found.add(b);
                }
        }
        return found.isEmpty() ? -1 : found.get(random.nextInt(found.size()));
    }

    /** How round r's cost changes when points p and q swap leaders. */
    private double delta(int r, int p, int q) {
        int bp = blockOf[p][r], bq = blockOf[q][r];
        if (bp == bq) return 0;
        int x = leaderAt[p], y = leaderAt[q];
        double d = 0;
        for (int z : design[r][bp]) if (z != p) d += m.cost(y, leaderAt[z]) - m.cost(x, leaderAt[z]);
        for (int z : design[r][bq]) if (z != q) d += m.cost(x, leaderAt[z]) - m.cost(y, leaderAt[z]);
        return d;
    }

    private void swapLabels(int p, int q) {
        int t = leaderAt[p];
        leaderAt[p] = leaderAt[q];
        leaderAt[q] = t;
    }

    /** The planned rounds as leaders, cheapest first, without any round that breaks a hard rule. */
    private int[][][] kept() {
        Integer[] order = new Integer[design.length];
        double[] costs = new double[design.length];
        for (int r = 0; r < design.length; r++) {
            order[r] = r;
            costs[r] = roundCost(r);
        }
        Arrays.sort(order, (a, b) -> Double.compare(costs[a], costs[b]));
        List<int[][]> out = new ArrayList<>();
        for (int i = 0; i < planned; i++) {
            int r = order[i];
            if (costs[r] >= Model.HARD) break;
            int[][] round = new int[design[r].length][];
            for (int g = 0; g < round.length; g++) round[g] = Arrays.stream(design[r][g]).map(p -> leaderAt[p]).toArray();
            out.add(round);
        }
        return out.toArray(new int[0][][]);
    }
}
