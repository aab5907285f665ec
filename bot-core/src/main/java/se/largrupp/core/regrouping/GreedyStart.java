package se.largrupp.core.regrouping;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A round built from nothing: kept-together groups first, then the leaders with the fewest allowed partners, each into
 * the open group where they cost least; ties go to the group that leaves the most "freedom" (Triska & Musliu 2012).
 * Small pools planned over several rounds fill each group two at a time instead, with the pair that keeps the most
 * freedom.
 */
final class GreedyStart {
    private final Schedule s;
    private final SplittableRandom random;

    GreedyStart(Schedule s, SplittableRandom random) {
        this.s = s;
        this.random = random;
    }

    /** Builds round r; members of kept-together groups are marked in {@code locked}. */
    void build(int r, List<int[]> lockedGroups, boolean[] locked) {
        int groups = s.sizes.length;
        int[] filled = new int[groups];
        s.clear(r);
        boolean[] used = new boolean[groups];
        for (int[] keep : lockedGroups) {
            int g = -1;
            for (int k = 0; k < groups; k++) if (!used[k] && s.sizes[k] >= keep.length && (g < 0 || s.sizes[k] < s.sizes[g])) g = k;
            used[g] = true;
            for (int p : keep) {
                s.place(r, p, g, filled);
                locked[p] = true;
            }
        }
        if (lockedGroups.isEmpty() && s.count != null && s.n <= 64) {
            pairGreedy(r, filled);
            s.countRound(r);
            return;
        }
        int[] open = new int[groups];
        for (int p : difficultyOrder()) {
            if (s.group[r][p] >= 0) continue;
            int openCount = 0;
            for (int g = 0; g < groups; g++) if (filled[g] < s.sizes[g]) open[openCount++] = g;
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            int bestFreedom = -1;
            int tries = Math.min(openCount, 64);
            for (int t = 0; t < tries; t++) {
                int g = openCount <= 64 ? open[t] : open[random.nextInt(openCount)];
                double c = 0;
                for (int x = s.start[g]; x < s.start[g] + filled[g]; x++) c += s.joinCost(r, p, s.slot[r][x]);
                int freedom = s.count != null && s.n <= 256 ? freedom(r, p, g, filled[g]) : random.nextInt(1 << 20);
                if (c < bestCost || (c == bestCost && freedom > bestFreedom)) {
                    best = g;
                    bestCost = c;
                    bestFreedom = freedom;
                }
            }
            s.place(r, p, best, filled);
        }
        s.countRound(r);
    }

    /** Fills each group two at a time with the cheapest pair that keeps the most leaders neither of them has met. */
    private void pairGreedy(int r, int[] filled) {
        boolean[] free = new boolean[s.n];
        Arrays.fill(free, true);
        for (int g = 0; g < s.sizes.length; g++) {
            while (filled[g] < s.sizes[g]) {
                boolean single = s.sizes[g] - filled[g] == 1;
                int bestA = -1, bestB = -1, bestFreedom = -1, ties = 0;
                double bestCost = Double.MAX_VALUE;
                for (int a = 0; a < s.n; a++) {
                    if (!free[a]) continue;
                    for (int b = single ? a : a + 1; b < s.n; b++) {
                        if (!free[b]) continue;
                        double c = 0;
                        for (int x = s.start[g]; x < s.start[g] + filled[g]; x++) {
                            c += s.joinCost(r, a, s.slot[r][x]);
                            if (!single) c += s.joinCost(r, b, s.slot[r][x]);
                        }
                        if (!single) c += s.joinCost(r, a, b);
                        if (c > bestCost + 1e-9) continue;
                        int f = 0;
                        for (int y = 0; y < s.n; y++) if (s.count[a][y] == 0 && s.count[b][y] == 0) f++;
                        if (c < bestCost - 1e-9 || f > bestFreedom) {
                            bestCost = c; bestFreedom = f; bestA = a; bestB = b; ties = 1;
                        } else if (f == bestFreedom && random.nextInt(++ties) == 0) {
                            bestA = a; bestB = b;
                        }
                    }
                }
                s.place(r, bestA, g, filled);
                free[bestA] = false;
                if (!single) {
                    s.place(r, bestB, g, filled);
                    free[bestB] = false;
                }
            }
        }
    }

    /** T&M's freedom: how many leaders have met nobody of the group once {@code p} joins it. */
    private int freedom(int r, int p, int g, int filled) {
        int free = 0;
        for (int y = 0; y < s.n; y++) {
            if (y == p || s.count[p][y] > 0) continue;
            boolean ok = true;
            for (int x = s.start[g]; x < s.start[g] + filled && ok; x++) {
                int z = s.slot[r][x];
                if (z == y || s.count[z][y] > 0) ok = false;
            }
            if (ok) free++;
        }
        return free;
    }

    /** Leaders with the fewest allowed partners first; ties in a seeded random order. */
    private int[] difficultyOrder() {
        long[] keys = new long[s.n];
        for (int p = 0; p < s.n; p++) keys[p] = ((long) (s.n - s.m.conflicts[p].length) << 40) | ((long) random.nextInt(1 << 20) << 20) | p;
        Arrays.sort(keys);
        int[] order = new int[s.n];
        for (int i = 0; i < s.n; i++) order[i] = (int) (keys[i] & 0xFFFFF);
        return order;
    }
}
