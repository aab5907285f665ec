package se.largrupp.core.regrouping;

import java.util.Arrays;

/**
 * The plan being searched: for each round, who sits in which group, how often each pair meets inside the plan, and
 * what a change would cost. Members are laid out group after group ({@link #start}); a pair that meets twice inside the
 * plan costs a full repeat.
 */
final class Schedule {
    final Model m;
    final int n;
    final int rounds;
    final int[] sizes;
    /** Group g's members sit in slots start[g] .. start[g + 1] − 1. */
    final int[] start;
    /** group[r][p]: p's group in round r; slot[r][s]: who sits in slot s; at[r][p]: p's slot. */
    final int[][] group;
    final int[][] slot;
    final int[][] at;
    /** How often each pair meets inside the plan; null for a single round, where it cannot matter. */
    final byte[][] count;
    private final double[] weight;
    private final double repeat;

    Schedule(Model m, int rounds, int[] sizes, double[] weight, double repeat) {
        this.m = m;
        this.n = m.n;
        this.rounds = rounds;
        this.sizes = sizes;
        this.weight = weight;
        this.repeat = repeat;
        this.start = new int[sizes.length + 1];
        for (int g = 0; g < sizes.length; g++) start[g + 1] = start[g] + sizes[g];
        this.group = new int[rounds][n];
        this.slot = new int[rounds][n];
        this.at = new int[rounds][n];
        this.count = rounds > 1 ? new byte[n][n] : null;
    }

    double joinCost(int r, int a, int b) {
        return weight[r] * m.cost(a, b) + (count != null && count[a][b] >= 1 ? repeat : 0);
    }

    double leaveCost(int r, int a, int b) {
        return weight[r] * m.cost(a, b) + (count != null && count[a][b] >= 2 ? repeat : 0);
    }

    /** Whether p, in round r, shares its group with anyone at a cost. */
    boolean costly(int r, int p) {
        int g = group[r][p];
        for (int s = start[g]; s < start[g + 1]; s++) {
            int x = slot[r][s];
            if (x != p && leaveCost(r, p, x) > 0) return true;
        }
        return false;
    }

    double swapDelta(int r, int p, int q) {
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

    void swap(int r, int p, int q) {
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

    void clear(int r) {
        Arrays.fill(slot[r], -1);
        Arrays.fill(group[r], -1);
    }

    void place(int r, int p, int g, int[] filled) {
        int s = start[g] + filled[g]++;
        slot[r][s] = p;
        at[r][p] = s;
        group[r][p] = g;
    }

    /** Adds a round's pairs to the counts once all its groups are placed. */
    void countRound(int r) {
        if (count != null) for (int g = 0; g < sizes.length; g++)
            for (int s = start[g]; s < start[g + 1]; s++)
                for (int t = s + 1; t < start[g + 1]; t++) {
                    count[slot[r][s]][slot[r][t]]++;
                    count[slot[r][t]][slot[r][s]]++;
                }
    }

    /** Every pair's cost in every round, plus a full repeat for each meeting after the first inside the plan. */
    double totalCost() {
        double c = 0;
        for (int r = 0; r < rounds; r++)
            for (int g = 0; g < sizes.length; g++)
                for (int s = start[g]; s < start[g + 1]; s++)
                    for (int t = s + 1; t < start[g + 1]; t++) c += weight[r] * m.cost(slot[r][s], slot[r][t]);
        if (count != null) for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (count[a][b] > 1) c += repeat * (count[a][b] - 1);
        return c;
    }

    int[][] saveSlots() {
        int[][] c = new int[rounds][];
        for (int r = 0; r < rounds; r++) c[r] = slot[r].clone();
        return c;
    }

    void restore(int[][] saved) {
        if (count != null) for (byte[] row : count) Arrays.fill(row, (byte) 0);
        for (int r = 0; r < rounds; r++) {
            System.arraycopy(saved[r], 0, slot[r], 0, n);
            for (int s = 0; s < n; s++) at[r][slot[r][s]] = s;
            for (int g = 0; g < sizes.length; g++) for (int s = start[g]; s < start[g + 1]; s++) group[r][slot[r][s]] = g;
            countRound(r);
        }
    }

    /** The plan: for each round, each group's members. */
    int[][][] result() {
        int[][][] out = new int[rounds][sizes.length][];
        for (int r = 0; r < rounds; r++)
            for (int g = 0; g < sizes.length; g++) out[r][g] = Arrays.copyOfRange(slot[r], start[g], start[g + 1]);
        return out;
    }
}
