package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tries every partition of a small pool (up to a dozen) into the engine's group sizes: is any of them valid? */
final class BruteForce {
    private BruteForce() {}

    static boolean anyValidPartition(List<Candidate> all, int depth) {
        List<Candidate> pool = all.stream().filter(Candidate::takesPart).toList();
        Map<String, Candidate> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        int n = pool.size();
        boolean[][] conflict = new boolean[n][n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++) {
                Candidate x = pool.get(a), y = pool.get(b);
                if (a != b && (HardRules.managers(byId, x.id(), depth).contains(y.id()) || x.notWith().contains(y.id())))
                    conflict[a][b] = conflict[b][a] = true;
            }
        List<Integer> sizes = new ArrayList<>();
        int threes = (4 - n % 4) % 4;
        for (int i = 0; i < (n - 3 * threes) / 4; i++) sizes.add(4);
        for (int i = 0; i < threes; i++) sizes.add(3);
        return place(new boolean[n], conflict, sizes, new ArrayList<>());
    }

    private static boolean place(boolean[] used, boolean[][] conflict, List<Integer> sizes, List<Integer> group) {
        int n = used.length;
        if (sizes.isEmpty()) return true;
        if (group.size() == sizes.get(0)) {
            List<Integer> rest = new ArrayList<>(sizes.subList(1, sizes.size()));
            return place(used, conflict, rest, new ArrayList<>());
        }
        int from = group.isEmpty() ? firstFree(used) : group.get(group.size() - 1) + 1;
        if (group.isEmpty()) {
            // The lowest free leader opens the next group; try each remaining size for it.
            for (int s : sizes.stream().distinct().toList()) {
                List<Integer> reordered = new ArrayList<>(sizes);
                reordered.remove(Integer.valueOf(s));
                reordered.add(0, s);
                used[from] = true;
                group.add(from);
                boolean ok = place(used, conflict, reordered, group);
                group.remove(group.size() - 1);
                used[from] = false;
                if (ok) return true;
            }
            return false;
        }
        for (int p = from; p < n; p++) {
            if (used[p]) continue;
            boolean fits = true;
            for (int q : group) if (conflict[p][q]) fits = false;
            if (!fits) continue;
            used[p] = true;
            group.add(p);
            boolean ok = place(used, conflict, sizes, group);
            group.remove(group.size() - 1);
            used[p] = false;
            if (ok) return true;
        }
        return false;
    }

    private static int firstFree(boolean[] used) {
        for (int i = 0; i < used.length; i++) if (!used[i]) return i;
        return -1;
    }
}
