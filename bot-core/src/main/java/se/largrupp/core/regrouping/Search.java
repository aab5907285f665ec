package se.largrupp.core.regrouping;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans {@code rounds} rounds at once: a constructive start in the pure Social Golfer setting ({@link AffineStart}),
 * else a greedy start that places the hardest leaders first and keeps the most "freedom" (Triska & Musliu 2012), then a tabu search whose moves swap two leaders of one round, where at least one
 * of them sits in a costly position (Dotú & Van Hentenryck 2005). A pair that meets twice inside the plan costs a full
 * repeat. Big pools sample positions and partners instead of scanning them all. Deterministic for a seed unless the
 * time cap cuts the search short.
 */
final class Search {
    private static final int FULL_SCAN_POSITIONS = 640;
    private static final int FULL_SCAN_PARTNERS = 256;
    private static final int SAMPLED_POSITIONS = 48;
    private static final int SAMPLED_PARTNERS = 48;

    /** Tabu tenure: a swapped leader stays put in that round for TENURE + random(TENURE_SPREAD) iterations. */
    private static final int TENURE = 2;
    private static final int TENURE_SPREAD = 3;
    /** Iterations without a new best before a small search goes back to its best plan and shakes it. */
    private static final int STALL = 1000;
    private final Model m;
    private final int n;
    private final int rounds;
    private final int[] sizes;
    private final int[] start;
    private final SplittableRandom random;
    private final double repeat;
    private final byte[][] count;
    /** group[r][p]: the group of p in round r; slots[r]: members laid out group after group, by {@link #start}. */
    private final int[][] group;
    private final int[][] slot;
    private final int[][] at;
    private final boolean[] locked;
    private final int[][] tabu;
    private final double[] weight;
    /** Small plans scan every costly position; bigger ones sample them. */
    private final boolean allPositions;
    private final boolean allPartners;
    /** Big pools only descend (with sideways moves): a tabu walk over 10,000 leaders would not pay for itself. */
    private final boolean sampled;
    private final long deadline;
    private double cost;

    /**
     * @param favourFirst the first round is the one that will be applied (a lookahead): later rounds' own costs count
     *                    half, so they shape the first without outweighing it
     */
    Search(Model m, int rounds, List<Integer> sizes, List<int[]> lockedGroups, RegroupOptions options, boolean favourFirst) {
        this.m = m;
        this.weight = new double[rounds];
        Arrays.fill(weight, 1.0);
        if (favourFirst) for (int r = 1; r < rounds; r++) weight[r] = 0.5;
        this.n = m.n;
        this.rounds = rounds;
        this.sizes = sizes.stream().mapToInt(Integer::intValue).toArray();
        this.start = new int[this.sizes.length + 1];
        for (int g = 0; g < this.sizes.length; g++) start[g + 1] = start[g] + this.sizes[g];
        this.random = new SplittableRandom(options.seed());
        this.repeat = options.weights().repeat();
        this.count = rounds > 1 ? new byte[n][n] : null;
        this.group = new int[rounds][n];
        this.slot = new int[rounds][n];
        this.at = new int[rounds][n];
        this.locked = new boolean[n];
        this.tabu = new int[rounds][n];
        this.allPositions = (long) n * rounds <= FULL_SCAN_POSITIONS;
        this.allPartners = n <= FULL_SCAN_PARTNERS;
        this.sampled = !allPartners;
        this.deadline = System.nanoTime() + options.timeBudget().toNanos();
        // The Social Golfer setting (only repeats cost, no history) starts from a resolvable design where one exists.
        AffineStart affine = rounds > 1 && lockedGroups.isEmpty() && onlyRepeatsCost() ? AffineStart.of(this.sizes, n, random) : null;
        for (int r = 0; r < rounds; r++) {
            if (affine != null && r < affine.rounds()) construct(r, affine);
            else build(r, r == 0 ? lockedGroups : List.of());
        }
        cost = totalCost();
        long iterations = (long) options.effort() * n * rounds / (sampled ? 16 : 1);
        improve(iterations);
    }

    /** The plan: for each round, each group's members. */
    int[][][] result() {
        int[][][] out = new int[rounds][sizes.length][];
        for (int r = 0; r < rounds; r++)
            for (int g = 0; g < sizes.length; g++) out[r][g] = Arrays.copyOfRange(slot[r], start[g], start[g + 1]);
        return out;
    }

    // ---- costs ------------------------------------------------------------------------------------------------

    private double joinCost(int r, int a, int b) {
        return weight[r] * m.cost(a, b) + (count != null && count[a][b] >= 1 ? repeat : 0);
    }

    private double leaveCost(int r, int a, int b) {
        return weight[r] * m.cost(a, b) + (count != null && count[a][b] >= 2 ? repeat : 0);
    }

    private boolean costly(int r, int p) {
        int g = group[r][p];
        for (int s = start[g]; s < start[g + 1]; s++) {
            int x = slot[r][s];
            if (x != p && leaveCost(r, p, x) > 0) return true;
        }
        return false;
    }

    private double swapDelta(int r, int p, int q) {
        int a = group[r][p];
        int b = group[r][q];
        double d = 0;
        for (int s = start[a]; s < start[a + 1]; s++) {
            int x = slot[r][s];
            if (x != p) d += joinCost(r, q, x) - leaveCost(r, p, x);
        }
        for (int s = start[b]; s < start[b + 1]; s++) {
            int y = slot[r][s];
            if (y != q) d += joinCost(r, p, y) - leaveCost(r, q, y);
        }
        return d;
    }

    private void meet(int r, int p, int g, int delta) {
        if (count == null) return;
        for (int s = start[g]; s < start[g + 1]; s++) {
            int x = slot[r][s];
            if (x != p && x >= 0) {
                count[p][x] += delta;
                count[x][p] += delta;
            }
        }
    }

    private void swap(int r, int p, int q) {
        int a = group[r][p];
        int b = group[r][q];
        meet(r, p, a, -1);
        meet(r, q, b, -1);
        int sp = at[r][p];
        int sq = at[r][q];
        slot[r][sp] = q;
        slot[r][sq] = p;
        at[r][p] = sq;
        at[r][q] = sp;
        group[r][p] = b;
        group[r][q] = a;
        meet(r, p, b, +1);
        meet(r, q, a, +1);
    }

    // ---- greedy start -----------------------------------------------------------------------------------------

    private void build(int r, List<int[]> lockedGroups) {
        int groups = sizes.length;
        int[] filled = new int[groups];
        Arrays.fill(slot[r], -1);
        Arrays.fill(group[r], -1);
        boolean[] used = new boolean[groups];
        for (int[] keep : lockedGroups) {
            int g = -1;
            for (int k = 0; k < groups; k++) if (!used[k] && sizes[k] >= keep.length && (g < 0 || sizes[k] < sizes[g])) g = k;
            used[g] = true;
            for (int p : keep) {
                place(r, p, g, filled);
                locked[p] = true;
            }
        }
        if (lockedGroups.isEmpty() && count != null && n <= 64) {
            pairGreedy(r, filled);
            countRound(r);
            return;
        }
        int[] order = difficultyOrder(r);
        int[] open = new int[groups];
        for (int p : order) {
            if (group[r][p] >= 0) continue;
            int openCount = 0;
            for (int g = 0; g < groups; g++) if (filled[g] < sizes[g]) open[openCount++] = g;
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            int bestFreedom = -1;
            int tries = Math.min(openCount, 64);
            for (int t = 0; t < tries; t++) {
                int g = openCount <= 64 ? open[t] : open[random.nextInt(openCount)];
                double c = 0;
                for (int s = start[g]; s < start[g] + filled[g]; s++) c += joinCost(r, p, slot[r][s]);
                // Ties go to the group that leaves the most "freedom" (T&M) when planning rounds; else at random.
                int freedom = count != null && n <= 256 ? freedom(r, p, g, filled[g]) : random.nextInt(1 << 20);
                if (c < bestCost || (c == bestCost && freedom > bestFreedom)) {
                    best = g;
                    bestCost = c;
                    bestFreedom = freedom;
                }
            }
            place(r, p, best, filled);
        }
        countRound(r);
    }

    private boolean onlyRepeatsCost() {
        if (!m.hasDense()) return false;
        for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (m.cost(a, b) != 0) return false;
        return true;
    }

    private void construct(int r, AffineStart affine) {
        int[] filled = new int[sizes.length];
        for (int g = 0; g < sizes.length; g++) for (int p : affine.group(r, g)) place(r, p, g, filled);
        countRound(r);
    }

    private void countRound(int r) {
        if (count != null) for (int g = 0; g < sizes.length; g++)
            for (int s = start[g]; s < start[g + 1]; s++)
                for (int t = s + 1; t < start[g + 1]; t++) {
                    count[slot[r][s]][slot[r][t]]++;
                    count[slot[r][t]][slot[r][s]]++;
                }
    }

    /**
     * Triska & Musliu's start for small pools planned over several rounds: fill each group two at a time with the
     * cheapest pair that keeps the most freedom, i.e. the most leaders neither of them has met yet.
     */
    private void pairGreedy(int r, int[] filled) {
        boolean[] free = new boolean[n];
        Arrays.fill(free, true);
        for (int g = 0; g < sizes.length; g++) {
            while (filled[g] < sizes[g]) {
                boolean single = sizes[g] - filled[g] == 1;
                int bestA = -1, bestB = -1, bestFreedom = -1, ties = 0;
                double bestCost = Double.MAX_VALUE;
                for (int a = 0; a < n; a++) {
                    if (!free[a]) continue;
                    for (int b = single ? a : a + 1; b < n; b++) {
                        if (!free[b]) continue;
                        double c = 0;
                        for (int s = start[g]; s < start[g] + filled[g]; s++) {
                            c += joinCost(r, a, slot[r][s]);
                            if (!single) c += joinCost(r, b, slot[r][s]);
                        }
                        if (!single) c += joinCost(r, a, b);
                        if (c > bestCost + 1e-9) continue;
                        int f = 0;
                        for (int y = 0; y < n; y++) if (count[a][y] == 0 && count[b][y] == 0) f++;
                        if (c < bestCost - 1e-9 || f > bestFreedom) {
                            bestCost = c; bestFreedom = f; bestA = a; bestB = b; ties = 1;
                        } else if (f == bestFreedom && random.nextInt(++ties) == 0) {
                            bestA = a; bestB = b;
                        }
                    }
                }
                place(r, bestA, g, filled);
                free[bestA] = false;
                if (!single) {
                    place(r, bestB, g, filled);
                    free[bestB] = false;
                }
            }
        }
    }

    /** Every pair's cost in every round, plus a full repeat for each meeting after the first inside the plan. */
    private double totalCost() {
        double c = 0;
        for (int r = 0; r < rounds; r++)
            for (int g = 0; g < sizes.length; g++)
                for (int s = start[g]; s < start[g + 1]; s++)
                    for (int t = s + 1; t < start[g + 1]; t++) c += weight[r] * m.cost(slot[r][s], slot[r][t]);
        if (count != null) for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (count[a][b] > 1) c += repeat * (count[a][b] - 1);
        return c;
    }

    /** T&M's freedom: how many leaders have met nobody of the group once {@code p} joins it. */
    private int freedom(int r, int p, int g, int filled) {
        int free = 0;
        for (int y = 0; y < n; y++) {
            if (y == p || count[p][y] > 0) continue;
            boolean ok = true;
            for (int s = start[g]; s < start[g] + filled && ok; s++) {
                int x = slot[r][s];
                if (x == y || count[x][y] > 0) ok = false;
            }
            if (ok) free++;
        }
        return free;
    }

    private void place(int r, int p, int g, int[] filled) {
        int s = start[g] + filled[g]++;
        slot[r][s] = p;
        at[r][p] = s;
        group[r][p] = g;
    }

    /** Leaders with the fewest allowed partners first; ties in a seeded random order. */
    private int[] difficultyOrder(int r) {
        long[] keys = new long[n];
        for (int p = 0; p < n; p++) keys[p] = ((long) (n - m.conflicts[p].length) << 40) | ((long) random.nextInt(1 << 20) << 20) | p;
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) (keys[i] & 0xFFFFF);
        return order;
    }

    // ---- tabu search ------------------------------------------------------------------------------------------

    private void improve(long maxIterations) {
        double best = cost;
        int[][] bestSlot = copy(slot);
        long stall = 0;
        long stallLimit = sampled ? Math.max(2_000, 20L * n) : STALL;
        int[] positions = new int[allPositions ? n * rounds : SAMPLED_POSITIONS];
        for (int it = 1; it <= maxIterations && best > 0; it++) {
            if ((it & 255) == 0 && System.nanoTime() > deadline) break;
            int found = candidates(positions);
            if (found == 0) {
                // A full scan that finds nothing costly is done; a sample that finds nothing may just be unlucky.
                if (allPositions || ++stall > stallLimit) break;
                continue;
            }
            int bestR = -1, bestP = -1, bestQ = -1, ties = 0;
            double bestDelta = Double.MAX_VALUE;
            for (int i = 0; i < found; i++) {
                int r = positions[i] / n;
                int p = positions[i] % n;
                int partners = allPartners ? n : SAMPLED_PARTNERS;
                for (int k = 0; k < partners; k++) {
                    int q = allPartners ? k : random.nextInt(n);
                    if (q == p || locked(r, q) || group[r][q] == group[r][p]) continue;
                    double d = swapDelta(r, p, q);
                    boolean isTabu = tabu[r][p] > it || tabu[r][q] > it;
                    if (isTabu && cost + d >= best - 1e-9) continue;
                    if (d < bestDelta - 1e-9) {
                        bestDelta = d;
                        bestR = r; bestP = p; bestQ = q;
                        ties = 1;
                    } else if (Math.abs(d - bestDelta) <= 1e-9 && random.nextInt(++ties) == 0) {
                        bestR = r; bestP = p; bestQ = q;
                    }
                }
            }
            if (bestR < 0 || (sampled && bestDelta > 0)) {
                if (++stall <= stallLimit) continue;
                if (sampled) break;
                // Every move is tabu: shake the best plan rather than give up.
                restore(bestSlot);
                cost = best;
                perturb();
                stall = 0;
                continue;
            }
            swap(bestR, bestP, bestQ);
            cost += bestDelta;
            tabu[bestR][bestP] = it + TENURE + random.nextInt(TENURE_SPREAD);
            tabu[bestR][bestQ] = it + TENURE + random.nextInt(TENURE_SPREAD);
            if (cost < best - 1e-9) {
                best = cost;
                bestSlot = copy(slot);
                stall = 0;
            } else if (++stall > stallLimit) {
                if (sampled) break;
                restore(bestSlot);
                cost = best;
                perturb();
                stall = 0;
            }
        }
        restore(bestSlot);
    }

    private boolean locked(int r, int p) {
        return r == 0 && locked[p];
    }

    private int candidates(int[] positions) {
        int found = 0;
        if (allPositions) {
            for (int r = 0; r < rounds; r++)
                for (int p = 0; p < n; p++) if (!locked(r, p) && costly(r, p)) positions[found++] = r * n + p;
            return found;
        }
        for (int t = 0; t < SAMPLED_POSITIONS * 4 && found < SAMPLED_POSITIONS; t++) {
            int r = random.nextInt(rounds);
            int p = random.nextInt(n);
            if (!locked(r, p) && costly(r, p)) positions[found++] = r * n + p;
        }
        return found;
    }

    /** A few random swaps from the best plan so far, to leave a plateau the tabu list could not. */
    private void perturb() {
        for (int k = 0; k < 3; k++) {
            int r = random.nextInt(rounds);
            int p = random.nextInt(n);
            int q = random.nextInt(n);
            if (p == q || locked(r, p) || locked(r, q) || group[r][p] == group[r][q]) continue;
            cost += swapDelta(r, p, q);
            swap(r, p, q);
        }
        for (int[] t : tabu) Arrays.fill(t, 0);
    }

    private void restore(int[][] saved) {
        if (count != null) for (byte[] row : count) Arrays.fill(row, (byte) 0);
        for (int r = 0; r < rounds; r++) {
            System.arraycopy(saved[r], 0, slot[r], 0, n);
            for (int s = 0; s < n; s++) {
                at[r][slot[r][s]] = s;
            }
            for (int g = 0; g < sizes.length; g++) for (int s = start[g]; s < start[g + 1]; s++) group[r][slot[r][s]] = g;
            if (count != null) for (int g = 0; g < sizes.length; g++)
                for (int s = start[g]; s < start[g + 1]; s++)
                    for (int t = s + 1; t < start[g + 1]; t++) {
                        count[slot[r][s]][slot[r][t]]++;
                        count[slot[r][t]][slot[r][s]]++;
                    }
        }
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
