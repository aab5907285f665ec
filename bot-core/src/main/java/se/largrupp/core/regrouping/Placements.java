package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's answers between two regroupings, on the very cost model a regrouping uses ({@link Model}): which open
 * group each newcomer fits best, which waiting leaders fit together as a group of their own, which colleagues fit an
 * initiator, which small group fits another, and which pairs of a proposed group break a hard rule. The hard rules are
 * never broken; among what they allow the cheapest answer wins (repeats, departments, time zones, locations). The
 * instances are small, so the searches are exact: the first {@value #JOINT} newcomers in the queue are placed jointly
 * (the rest one after the other), and groups are chosen among the first {@value #POOL_LIMIT} waiting.
 */
public final class Placements {
    /** What a placement into a group that is not down to two pays extra: the shrunk ones are filled first. */
    static final double SHRUNK_BONUS = 50_000;
    /** Leaving a newcomer unplaced costs more than any placement, the earlier in the queue the more. */
    static final double UNPLACED = 200_000;
    /** Newcomers placed jointly by exact search; beyond that, one after the other in queue order. */
    static final int JOINT = 7;
    /** The cheapest groups each newcomer's joint search considers. */
    static final int CHOICES = 5;
    /** Leaders of a waiting pool or a colleague proposal looked at, in queue order. */
    static final int POOL_LIMIT = 24;

    private final RegroupOptions options;

    public Placements(RegroupOptions options) {
        this.options = options;
    }

    /**
     * A group that can take newcomers.
     *
     * @param room   how many it can take (up to four members)
     * @param shrunk down to two taking part: it gets the next newcomer first
     */
    public record OpenGroup(String id, List<String> members, int room, boolean shrunk) {
        public OpenGroup {
            members = List.copyOf(members);
        }
    }

    /** Where each placed newcomer goes (newcomer id to group id, in queue order), and who still waits. */
    public record Placement(Map<String, String> groupOf, List<String> unplaced) {
        public Placement {
            groupOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupOf));
            unplaced = List.copyOf(unplaced);
        }
    }

    /** Two leaders who may not share a group; {@code manager}: one is the other's manager within the depth. */
    public record Conflict(String a, String b, boolean manager) {}

    /**
     * Places newcomers (in queue order: the first waited longest) into open groups, jointly: the placement of each
     * is chosen with the others'. Groups down to two are filled first, then the cheapest fit wins.
     *
     * @param everyone  every leader who has not left (for the manager chains), whatever they take part in
     * @param forbidden pairs {@code newcomer + "\t" + group} an admin declined: never proposed again
     */
    public Placement place(List<Candidate> everyone, List<PastGroup> history, List<OpenGroup> groups, List<String> newcomers,
                           Set<String> forbidden) {
        Set<String> relevant = new LinkedHashSet<>(newcomers);
        groups.forEach(g -> relevant.addAll(g.members()));
        FitView v = new FitView(everyone, history, relevant, options);
        int k = newcomers.size();
        double[][] cost = new double[k][groups.size()];
        for (int i = 0; i < k; i++) {
            for (int g = 0; g < groups.size(); g++) {
                OpenGroup group = groups.get(g);
                double c = forbidden.contains(newcomers.get(i) + "\t" + group.id()) ? Model.HARD : 0;
                for (String m : group.members()) c += v.cost(newcomers.get(i), m);
                cost[i][g] = c >= Model.HARD ? Model.HARD : c + (group.shrunk() ? 0 : SHRUNK_BONUS);
            }
        }
        int[] room = groups.stream().mapToInt(OpenGroup::room).toArray();
        int[] choice = new JointPlacement(v, newcomers, room, cost).solve();
        Map<String, String> placed = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (choice[i] >= 0) placed.put(newcomers.get(i), groups.get(choice[i]).id());
            else unplaced.add(newcomers.get(i));
        }
        return new Placement(placed, unplaced);
    }

    /**
     * The cheapest group of {@code fixed} (who are in it anyway: an initiator and the colleagues they named) and some
     * of {@code pool}, as large as {@code maxSize} allows and at least {@code minSize}, keeping every hard rule.
     *
     * @param excluded member sets an admin declined: never proposed again
     */
    public Optional<List<String>> group(List<Candidate> everyone, List<PastGroup> history, List<String> fixed,
                                        List<String> pool, int minSize, int maxSize, Set<Set<String>> excluded) {
        List<String> from = pool.stream().filter(p -> !fixed.contains(p)).distinct().limit(POOL_LIMIT).toList();
        Set<String> relevant = new LinkedHashSet<>(fixed);
        relevant.addAll(from);
        FitView v = new FitView(everyone, history, relevant, options);
        for (String a : fixed) for (String b : fixed) if (a.compareTo(b) < 0 && v.hard(a, b)) return Optional.empty();
        for (int size = maxSize; size >= Math.max(minSize, fixed.size()); size--) {
            Best best = new Best();
            choose(v, fixed, from, 0, new ArrayList<>(), size - fixed.size(), excluded, best);
            if (best.members != null) return Optional.of(best.members);
        }
        return Optional.empty();
    }

    /**
     * Waiting leaders as groups of their own, in as many groups as they fit into (sizes as a regrouping would split
     * the head-count: 6 as 3 + 3, 7 as 4 + 3); whoever fits nowhere keeps waiting.
     */
    public List<List<String>> waitingGroups(List<Candidate> everyone, List<PastGroup> history, List<String> waiting,
                                            Set<Set<String>> excluded) {
        List<List<String>> out = new ArrayList<>();
        List<String> left = new ArrayList<>(waiting);
        while (left.size() >= 3) {
            int size = left.size() == 3 || left.size() == 6 ? 3 : 4;
            Optional<List<String>> g = group(everyone, history, List.of(), left, 3, size, excluded);
            if (g.isEmpty()) break;
            out.add(g.get());
            left.removeAll(g.get());
        }
        return out;
    }

    /** The small group that fits {@code members} best when the two merge (four at most, every hard rule kept). */
    public Optional<String> partner(List<Candidate> everyone, List<PastGroup> history, List<String> members,
                                    List<OpenGroup> others) {
        Set<String> relevant = new LinkedHashSet<>(members);
        others.forEach(o -> relevant.addAll(o.members()));
        FitView v = new FitView(everyone, history, relevant, options);
        String best = null;
        double bestCost = Model.HARD;
        for (OpenGroup o : others) {
            if (members.size() + o.members().size() > 4 || o.members().stream().anyMatch(members::contains)) continue;
            double c = 0;
            for (String a : members) for (String b : o.members()) c += v.cost(a, b);
            if (c < bestCost) {
                bestCost = c;
                best = o.id();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every pair of {@code members} that breaks a hard rule (a manager within the depth, a not-with list). */
    public List<Conflict> conflicts(List<Candidate> everyone, List<String> members) {
        FitView v = new FitView(everyone, List.of(), new LinkedHashSet<>(members), options);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++)
            for (int j = i + 1; j < members.size(); j++)
                if (v.hard(members.get(i), members.get(j))) out.add(new Conflict(members.get(i), members.get(j),
                        v.manages(members.get(j), members.get(i)) || v.manages(members.get(i), members.get(j))));
        return out;
    }

    private void choose(FitView v, List<String> fixed, List<String> from, int at, List<String> picked, int need,
                        Set<Set<String>> excluded, Best best) {
        if (need == 0) {
            List<String> members = new ArrayList<>(fixed);
            members.addAll(picked);
            if (excluded.contains(Set.copyOf(members))) return;
            double c = 0;
            for (int i = 0; i < members.size(); i++)
                for (int j = i + 1; j < members.size(); j++) c += v.cost(members.get(i), members.get(j));
            if (c < Model.HARD && c < best.cost) {
                best.cost = c;
                best.members = members;
            }
            return;
        }
        for (int i = at; i <= from.size() - need; i++) {
            String p = from.get(i);
            boolean fits = fixed.stream().noneMatch(f -> v.hard(f, p)) && picked.stream().noneMatch(q -> v.hard(q, p));
            if (!fits) continue;
            picked.add(p);
            choose(v, fixed, from, i + 1, picked, need - 1, excluded, best);
            picked.remove(picked.size() - 1);
        }
    }

    private static final class Best {
        double cost = Double.MAX_VALUE;
        List<String> members;
    }
}
