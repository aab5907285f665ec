package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taking-part leaders as indices 0..n-1, with everything the search asks per pair: hard conflicts (manager
 * chain within the depth, not-with lists), the history's repeat cost, departments, time zones and locations.
 * Per-leader sorted arrays keep 10,000 leaders small; small pools get a dense cost matrix for speed.
 */
final class Model {
    static final double HARD = 1_000_000;
    private static final int DENSE_LIMIT = 1500;

    final int n;
    final String[] ids;
    final int[] department;
    final int[] zone;
    final int[] location;
    final int[][] conflicts;
    /** Each leader's managers (as indices among the taking-part leaders) within the depth, nearest first. */
    final int[][] chainUp;
    private final int[][] pastPartners;
    private final double[][] pastCost;
    private final Weights weights;
    private final float[][] dense;

    Model(List<Candidate> all, List<PastGroup> history, RegroupOptions options) {
        this.weights = options.weights();
        List<Candidate> pool = all.stream().filter(Candidate::takesPart).toList();
        n = pool.size();
        ids = new String[n];
        department = new int[n];
        zone = new int[n];
        location = new int[n];
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> departments = new HashMap<>();
        Map<String, Integer> locations = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = pool.get(i);
            ids[i] = c.id();
            index.put(c.id(), i);
            department[i] = c.department().map(d -> departments.computeIfAbsent(d.strip().toLowerCase(), k -> departments.size())).orElse(-1);
            location[i] = c.location().map(d -> locations.computeIfAbsent(d.strip().toLowerCase(), k -> locations.size())).orElse(-1);
            zone[i] = c.zoneOffsetMinutes();
        }
        chainUp = chains(all, index, options.managerDepth());
        conflicts = conflicts(pool, index);
        pastPartners = new int[n][];
        pastCost = new double[n][];
        history(history, index);
        dense = n <= DENSE_LIMIT ? denseMatrix() : null;
    }

    int index(String id) {
        for (int i = 0; i < n; i++) if (ids[i].equals(id)) return i;
        return -1;
    }

    private int[][] chains(List<Candidate> all, Map<String, Integer> index, int depth) {
        Map<String, String> managerOf = new HashMap<>();
        for (Candidate c : all) c.managerId().ifPresent(m -> managerOf.put(c.id(), m));
        int[][] up = new int[n][];
        List<Integer> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            found.clear();
            seen.clear();
            String at = ids[i];
            seen.add(at);
            // Walks through managers who do not take part now, so the chain stays whole; a cycle ends the walk.
            for (int level = 0; level < depth; level++) {
                String m = managerOf.get(at);
                if (m == null || !seen.add(m)) break;
                Integer mi = index.get(m);
                if (mi != null) found.add(mi);
                at = m;
            }
            up[i] = found.stream().mapToInt(Integer::intValue).toArray();
        }
        return up;
    }

    private int[][] conflicts(List<Candidate> pool, Map<String, Integer> index) {
        List<Set<Integer>> sets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) sets.add(new HashSet<>());
        for (int i = 0; i < n; i++) {
            for (int m : chainUp[i]) link(sets, i, m);
            for (String other : pool.get(i).notWith()) {
                Integer o = index.get(other);
                if (o != null && o != i) link(sets, i, o);
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = sets.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    private static void link(List<Set<Integer>> sets, int a, int b) {
        sets.get(a).add(b);
        sets.get(b).add(a);
    }

    private void history(List<PastGroup> history, Map<String, Integer> index) {
        int latest = history.stream().mapToInt(PastGroup::round).max().orElse(0);
        List<Map<Integer, Double>> partners = new ArrayList<>(n);
        for (int i = 0; i < n; i++) partners.add(null);
        for (PastGroup g : history) {
            double w = weights.repeat() * Math.pow(weights.recencyDecay(), latest - g.round());
            // Never free: a repeat from long ago still costs a little, so "met before" always counts.
            w = Math.max(w, 0.01);
            int[] members = g.members().stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).distinct().toArray();
            for (int a : members) {
                for (int b : members) {
                    if (a == b) continue;
                    if (partners.get(a) == null) partners.set(a, new HashMap<>());
                    partners.get(a).merge(b, w, Double::sum);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> p = partners.get(i);
            if (p == null) {
                pastPartners[i] = new int[0];
                pastCost[i] = new double[0];
                continue;
            }
            int[] keys = p.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            pastPartners[i] = keys;
            pastCost[i] = Arrays.stream(keys).mapToDouble(p::get).toArray();
        }
    }

    private float[][] denseMatrix() {
        float[][] m = new float[n][n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) m[i][j] = m[j][i] = (float) compute(i, j);
        return m;
    }

    boolean hard(int a, int b) {
        return Arrays.binarySearch(conflicts[a], b) >= 0;
    }

    boolean met(int a, int b) {
        return Arrays.binarySearch(pastPartners[a], b) >= 0;
    }

    boolean sameDepartment(int a, int b) {
        return department[a] >= 0 && department[a] == department[b];
    }

    /** The cost of {@code a} and {@code b} sharing a group, before counting repeats inside the plan itself. */
    double cost(int a, int b) {
        return dense != null ? dense[a][b] : compute(a, b);
    }

    private double compute(int a, int b) {
        double c = hard(a, b) ? HARD : 0;
        int k = Arrays.binarySearch(pastPartners[a], b);
        if (k >= 0) c += pastCost[a][k];
        if (sameDepartment(a, b)) c += weights.sameDepartment();
        double hours = Math.abs(zone[a] - zone[b]) / 60.0;
        if (hours > weights.zoneToleranceHours()) c += weights.zonePerHour() * (hours - weights.zoneToleranceHours());
        if (location[a] >= 0 && location[b] >= 0 && location[a] != location[b]) c += weights.differentLocation();
        return c;
    }

    boolean hasDense() {
        return dense != null;
    }
}
