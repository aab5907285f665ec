package se.largrupp.core.regrouping.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import se.largrupp.core.regrouping.Candidate;

/**
 * What today's bots do, for comparison: a random shuffle (Icebreaker, Donut), and a greedy one-round-at-a-time
 * matcher that avoids past pairs, same departments and managers where it can (S'Up-like, plus the boss rule).
 */
final class Baselines {
    private final List<Candidate> people;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<Long> conflicts = new HashSet<>();
    private final SplittableRandom random;

    Baselines(List<Candidate> people, int depth, long seed) {
        this.people = people;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < people.size(); i++) index.put(people.get(i).id(), i);
        for (int i = 0; i < people.size(); i++) {
            String at = people.get(i).id();
            for (int d = 0; d < depth; d++) {
                String m = people.get(index.get(at)).managerId().orElse(null);
                if (m == null || !index.containsKey(m)) break;
                conflicts.add(Metrics.key(i, index.get(m)));
                at = m;
            }
        }
    }

    boolean conflict(int a, int b) {
        return conflicts.contains(Metrics.key(a, b));
    }

    List<int[]> shuffle(List<Integer> sizes) {
        int[] order = order();
        List<int[]> out = new ArrayList<>();
        int k = 0;
        for (int s : sizes) {
            int[] g = new int[s];
            for (int i = 0; i < s; i++) g[i] = order[k++];
            out.add(g);
        }
        return out;
    }

    /** Each leader in turn joins the open group where they add the least: managers, past partners, departments. */
    List<int[]> greedy(List<Integer> sizes, Set<Long> met) {
        int groups = sizes.size();
        List<List<Integer>> gs = new ArrayList<>();
        for (int g = 0; g < groups; g++) gs.add(new ArrayList<>());
        for (int p : order()) {
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            int ties = 0;
            for (int g = 0; g < groups; g++) {
                if (gs.get(g).size() >= sizes.get(g)) continue;
                long c = 0;
                for (int x : gs.get(g)) {
                    if (conflict(p, x)) c += 1_000_000;
                    if (met.contains(Metrics.key(p, x))) c += 100;
                    if (people.get(p).department().isPresent() && people.get(p).department().equals(people.get(x).department())) c += 10;
                }
                if (c < bestCost) {
                    bestCost = c;
                    best = g;
                    ties = 1;
                } else if (c == bestCost && random.nextInt(++ties) == 0) {
                    best = g;
                }
            }
            gs.get(best).add(p);
        }
        return gs.stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private int[] order() {
        int n = people.size();
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = o[i];
            o[i] = o[j];
            o[j] = t;
        }
        return o;
    }
}
