package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Newcomers' groups chosen together, so that joins arriving together are placed together: an exact branch-and-bound
 * over each newcomer's cheapest groups for the first few in the queue, then one after the other for the rest. Costs are
 * kept non-negative (a placement into a group that is not down to two pays the bonus the shrunk ones get), so a
 * partial sum is a lower bound and pruning is exact.
 */
final class JointPlacement {
    private final FitView v;
    private final List<String> newcomers;
    private final double[][] cost;
    private final int[] room;
    private final int[] current;
    private final List<List<Integer>> members = new ArrayList<>();
    /** Each newcomer's groups that no hard rule forbids, cheapest first: sorted once, not at every step. */
    private final int[][] ranked;
    private int[] best;
    private double bestCost = Double.MAX_VALUE;

    /** @param cost newcomer × group: the soft cost with the group's members, {@link Model#HARD} when forbidden */
    JointPlacement(FitView v, List<String> newcomers, int[] room, double[][] cost) {
        this.v = v;
        this.newcomers = newcomers;
        this.cost = cost;
        this.room = room.clone();
        this.current = new int[newcomers.size()];
        for (int g = 0; g < room.length; g++) members.add(new ArrayList<>());
        this.ranked = new int[newcomers.size()][];
        for (int i = 0; i < newcomers.size(); i++) {
            final int n = i;
            ranked[i] = java.util.stream.IntStream.range(0, room.length).filter(g -> cost[n][g] < Model.HARD).boxed()
                    .sorted((a, b) -> Double.compare(cost[n][a], cost[n][b])).mapToInt(Integer::intValue).toArray();
        }
    }

    /** For each newcomer the index of their group, or -1 when none fits (or none has room). */
    int[] solve() {
        int joint = Math.min(Placements.JOINT, newcomers.size());
        search(0, joint, 0);
        int[] out = Arrays.copyOf(best, newcomers.size());
        for (int i = joint; i < newcomers.size(); i++) out[i] = -1;
        for (int i = 0; i < joint; i++) if (out[i] >= 0) take(i, out[i]);
        for (int i = joint; i < newcomers.size(); i++) {
            out[i] = cheapest(i);
            if (out[i] >= 0) take(i, out[i]);
        }
        return out;
    }

    private void search(int i, int joint, double sofar) {
        if (sofar >= bestCost) return;
        if (i == joint) {
            bestCost = sofar;
            best = current.clone();
            return;
        }
        for (int g : choices(i)) {
            double c = with(i, g);
            take(i, g);
            current[i] = g;
            search(i + 1, joint, sofar + c);
            untake(i, g);
        }
        current[i] = -1;
        // The earlier in the queue, the more leaving them out costs: the longest waiting are placed first.
        search(i + 1, joint, sofar + Placements.UNPLACED * (2 - (double) i / newcomers.size()));
    }

    /** Newcomer {@code i} in group {@code g}, with the newcomers already placed there. */
    private double with(int i, int g) {
        double c = cost[i][g];
        for (int other : members.get(g)) c += v.cost(newcomers.get(i), newcomers.get(other));
        return c;
    }

    /** The cheapest groups with room for newcomer {@code i} that no hard rule keeps them from. */
    private List<Integer> choices(int i) {
        List<Integer> open = new ArrayList<>(Placements.CHOICES);
        for (int k = 0; k < ranked[i].length && open.size() < Placements.CHOICES; k++) {
            int g = ranked[i][k];
            if (room[g] < 1) continue;
            if (members.get(g).stream().anyMatch(o -> v.hard(newcomers.get(i), newcomers.get(o)))) continue;
            open.add(g);
        }
        return open;
    }

    private int cheapest(int i) {
        int found = -1;
        double lowest = Double.MAX_VALUE;
        for (int g : choices(i)) {
            double c = with(i, g);
            if (c < lowest) {
                lowest = c;
                found = g;
            }
        }
        return found;
    }

    private void take(int i, int g) {
        room[g]--;
        members.get(g).add(i);
    }

    private void untake(int i, int g) {
        room[g]++;
        members.get(g).remove(Integer.valueOf(i));
    }
}
