package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a design to a pool's group sizes. Groups of 3 among groups of 4 come from leaving points out: a round keeps the
 * sizes when no two left-out points share a block in it, so the points left out are chosen to meet in as few rounds as
 * possible (points of one block meet only there; points a design never groups together, none). Rounds that lose their
 * sizes are dropped.
 */
final class Fitting {
    private Fitting() {}

    /** The design's rounds over points 0..n−1, rounds[r][g] with sizes[g] members; null when it does not fit at all. */
    static int[][][] fit(Design design, int[] sizes) {
        int n = Arrays.stream(sizes).sum();
        int max = Arrays.stream(sizes).max().orElse(0);
        if (design.rounds()[0].length != sizes.length || design.blockSize() != max || design.points() < n) return null;
        int[][] meet = design.meetings();
        boolean[] out = leaveOut(meet, design.points() - n, design.rounds().length);
        int[] label = new int[design.points()];
        for (int p = 0, next = 0; p < design.points(); p++) label[p] = out[p] ? -1 : next++;
        List<int[][]> kept = new ArrayList<>();
        for (int[][] round : design.rounds()) {
            int[][] fitted = fitRound(round, label, sizes);
            if (fitted != null) kept.add(fitted);
        }
        return kept.toArray(new int[0][][]);
    }

    /** Greedy from every start point: add the point that spoils the fewest further rounds. */
    private static boolean[] leaveOut(int[][] meet, int count, int rounds) {
        int v = meet.length;
        boolean[] best = new boolean[v];
        int bestSpoiled = Integer.MAX_VALUE;
        for (int first = 0; first < v && count > 0; first++) {
            boolean[] chosen = new boolean[v];
            boolean[] spoiled = new boolean[rounds];
            chosen[first] = true;
            for (int k = 1; k < count; k++) {
                int pick = -1, pickCost = Integer.MAX_VALUE;
                for (int q = 0; q < v; q++) {
                    if (chosen[q]) continue;
                    boolean[] extra = new boolean[rounds];
                    int cost = 0;
                    for (int p = 0; p < v; p++) {
                        int r = chosen[p] ? meet[p][q] : -1;
                        if (r >= 0 && !spoiled[r] && !extra[r]) {
                            extra[r] = true;
                            cost++;
                        }
                    }
                    if (cost < pickCost) {
                        pick = q;
                        pickCost = cost;
                    }
                }
                for (int p = 0; p < v; p++) if (chosen[p] && meet[p][pick] >= 0) spoiled[meet[p][pick]] = true;
                chosen[pick] = true;
            }
            int total = 0;
            for (boolean s : spoiled) if (s) total++;
            if (total < bestSpoiled) {
                bestSpoiled = total;
                best = chosen;
            }
        }
        return best;
    }

    /** The round's blocks without the left-out points, placed on groups of their sizes; null if the sizes differ. */
    private static int[][] fitRound(int[][] round, int[] label, int[] sizes) {
        int[][] out = new int[sizes.length][];
        boolean[] taken = new boolean[sizes.length];
        for (int[] block : round) {
            int[] members = Arrays.stream(block).map(p -> label[p]).filter(p -> p >= 0).toArray();
            int g = 0;
            while (g < sizes.length && (taken[g] || sizes[g] != members.length)) g++;
            if (g == sizes.length) return null;
            taken[g] = true;
            out[g] = members;
        }
        return out;
    }
}
