package se.largrupp.core.regrouping;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Improves a {@link Schedule} by swapping two leaders of one round, where at least one of them sits in a costly
 * position (Dotú & Van Hentenryck 2005): a short random tabu tenure, aspiration, and a shake from the best plan when
 * the walk stalls. Big pools sample positions and partners instead of scanning them all, and only descend.
 */
final class TabuSearch {
    private static final int FULL_SCAN_POSITIONS = 640;
    private static final int FULL_SCAN_PARTNERS = 256;
    private static final int SAMPLED_POSITIONS = 48;
    private static final int SAMPLED_PARTNERS = 48;
    /**
     * A full scan weighs at most this many costly positions per move, picked at random: where departments make nearly
     * every position costly (60 leaders over 3 rounds), scanning all of them made one plan outlast its time cap.
     */
    private static final int SCANNED_POSITIONS = 64;
    /** Tabu tenure: a swapped leader stays put in that round for TENURE + random(TENURE_SPREAD) iterations. */
    private static final int TENURE = 2;
    private static final int TENURE_SPREAD = 3;
    /** Iterations without a new best before a small search goes back to its best plan and shakes it. */
    private static final int STALL = 1000;

    private final Schedule s;
    private final boolean[] locked;
    private final SplittableRandom random;
    private final long deadline;
    private final int[][] tabu;
    private final boolean allPositions;
    private final boolean allPartners;
    /** A tabu walk over 10,000 leaders would not pay for itself: big pools only descend (with sideways moves). */
    private final boolean sampled;

    TabuSearch(Schedule s, boolean[] locked, SplittableRandom random, long deadline) {
        this.s = s;
        this.locked = locked;
        this.random = random;
        this.deadline = deadline;
        this.tabu = new int[s.rounds][s.n];
        this.allPositions = (long) s.n * s.rounds <= FULL_SCAN_POSITIONS;
        this.allPartners = s.n <= FULL_SCAN_PARTNERS;
        this.sampled = !allPartners;
    }

    /** Iterations the effort buys: big pools are sampled, so each of their iterations counts more. */
    long iterations(int effort) {
        return (long) effort * s.n * s.rounds / (sampled ? 16 : 1);
    }

    void improve(long maxIterations) {
        int n = s.n;
        double cost = s.totalCost();
        double best = cost;
        int[][] bestSlot = s.saveSlots();
        long stall = 0;
        long stallLimit = sampled ? Math.max(2_000, 20L * n) : STALL;
        int[] positions = new int[allPositions ? n * s.rounds : SAMPLED_POSITIONS];
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
                    if (q == p || locked(r, q) || s.group[r][q] == s.group[r][p]) continue;
                    double d = s.swapDelta(r, p, q);
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
                s.restore(bestSlot);
                cost = best + perturb();
                stall = 0;
                continue;
            }
            s.swap(bestR, bestP, bestQ);
            cost += bestDelta;
            tabu[bestR][bestP] = it + TENURE + random.nextInt(TENURE_SPREAD);
            tabu[bestR][bestQ] = it + TENURE + random.nextInt(TENURE_SPREAD);
            if (cost < best - 1e-9) {
                best = cost;
                bestSlot = s.saveSlots();
                stall = 0;
            } else if (++stall > stallLimit) {
                if (sampled) break;
                s.restore(bestSlot);
                cost = best + perturb();
                stall = 0;
            }
        }
        s.restore(bestSlot);
    }

    private boolean locked(int r, int p) {
        return r == 0 && locked[p];
    }

    private int candidates(int[] positions) {
        int n = s.n;
        int found = 0;
        if (allPositions) {
            for (int r = 0; r < s.rounds; r++)
                for (int p = 0; p < n; p++) if (!locked(r, p) && s.costly(r, p)) positions[found++] = r * n + p;
            if (found <= SCANNED_POSITIONS) return found;
            for (int i = 0; i < SCANNED_POSITIONS; i++) {
                int j = i + random.nextInt(found - i);
                int t = positions[i];
                positions[i] = positions[j];
                positions[j] = t;
            }
            return SCANNED_POSITIONS;
        }
        for (int t = 0; t < SAMPLED_POSITIONS * 4 && found < SAMPLED_POSITIONS; t++) {
            int r = random.nextInt(s.rounds);
            int p = random.nextInt(n);
            if (!locked(r, p) && s.costly(r, p)) positions[found++] = r * n + p;
        }
        return found;
    }

    /** A few random swaps from the best plan so far, to leave a plateau the tabu list could not; returns their cost. */
    private double perturb() {
        double delta = 0;
        for (int k = 0; k < 3; k++) {
            int r = random.nextInt(s.rounds);
            int p = random.nextInt(s.n);
            int q = random.nextInt(s.n);
            if (p == q || locked(r, p) || locked(r, q) || s.group[r][p] == s.group[r][q]) continue;
            delta += s.swapDelta(r, p, q);
            s.swap(r, p, q);
        }
        for (int[] t : tabu) Arrays.fill(t, 0);
        return delta;
    }
}
