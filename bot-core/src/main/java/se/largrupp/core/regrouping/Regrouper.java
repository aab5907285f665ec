package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regrouping engine: candidates, history and options in; groups and an explanation, or a refusal naming the
 * rule and the leaders, out. Hard rules (sizes 3–4, no manager within the depth, not-with lists) are never broken;
 * repeats, same-department pairs, time-zone spread and locations are weighed.
 */
public final class Regrouper {
    /** Rounds planned jointly at most; longer plans go window by window, each seeing the ones before as history. */
    static final int JOINT_WINDOW = 12;
    /** Pools this small plan more rounds jointly, so a construction's rounds (up to 21 for 64 in 4s) stay whole. */
    private static final int SMALL_POOL = 64;
    private static final int SMALL_POOL_WINDOW = 21;
    private static final int JOINT_LIMIT = 1500;

    private final RegroupOptions options;

    public Regrouper(RegroupOptions options) {
        this.options = options;
    }

    /** One round. */
    public RegroupResult plan(List<Candidate> candidates, List<PastGroup> history) {
        return planRounds(candidates, history, 1);
    }

    /**
     * The next round, chosen while planning {@code lookahead} rounds together so that it does not spend the
     * combinations later rounds will need.
     */
    public RegroupResult planWithLookahead(List<Candidate> candidates, List<PastGroup> history, int lookahead) {
        RegroupResult r = plan(candidates, history, Math.max(1, lookahead), true);
        if (r instanceof RegroupResult.Planned p) {
            Plan.Round first = p.plan().first();
            return new RegroupResult.Planned(new Plan(List.of(first), first.totals()));
        }
        return r;
    }

    /** {@code rounds} successive rounds, each seeing the ones before it as history. */
    public RegroupResult planRounds(List<Candidate> candidates, List<PastGroup> history, int rounds) {
        return plan(candidates, history, rounds, false);
    }

    private RegroupResult plan(List<Candidate> candidates, List<PastGroup> history, int rounds, boolean favourFirst) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1");
        Model model = new Model(candidates, history, options);
        List<String> pool = List.of(model.ids);
        GroupSizes.Split split = GroupSizes.split(model.n, options, pool);
        if (split.refused()) return new RegroupResult.Refused(split.refusal());
        Optional<Refusal> infeasible = Feasibility.check(model, split.sizes());
        if (infeasible.isPresent()) return new RegroupResult.Refused(infeasible.get());
        Object keep = Feasibility.keepTogether(model, options.keepTogether(), split.sizes());
        if (keep instanceof Refusal refusal) return new RegroupResult.Refused(refusal);
        @SuppressWarnings("unchecked") List<int[]> kept = (List<int[]>) keep;

        int window = model.n > JOINT_LIMIT ? 1 : model.n <= SMALL_POOL ? SMALL_POOL_WINDOW : JOINT_WINDOW;
        int base = history.stream().mapToInt(PastGroup::round).max().orElse(0);
        List<PastGroup> seen = new ArrayList<>(history);
        List<int[][]> planned = new ArrayList<>();
        Model current = model;
        for (int done = 0; done < rounds; ) {
            int now = Math.min(window, rounds - done);
            RegroupOptions windowOptions = options.withSeed(options.seed() + 7919L * done);
            int[][][] result = new Search(current, now, split.sizes(), done == 0 ? kept : List.of(), windowOptions,
                    favourFirst && done == 0).result();
            for (int[][] round : result) {
                planned.add(round);
                for (int[] g : round) seen.add(new PastGroup(base + planned.size(), ids(model, g)));
            }
            done += now;
            if (done < rounds) current = new Model(candidates, seen, options);
        }
        return explain(model, planned, kept);
    }

    private RegroupResult explain(Model m, List<int[][]> planned, List<int[]> kept) {
        Set<Long> keptPairs = new HashSet<>();
        for (int[] k : kept) for (int a : k) for (int b : k) keptPairs.add(key(a, b));
        Set<Long> metInPlan = new HashSet<>();
        Set<String> violators = new java.util.TreeSet<>();
        List<Plan.Round> rounds = new ArrayList<>();
        for (int r = 0; r < planned.size(); r++) {
            List<Plan.Group> groups = new ArrayList<>();
            List<Long> pairsThisRound = new ArrayList<>();
            for (int[] g : planned.get(r)) {
                int repeats = 0, sameDept = 0, hard = 0, minZone = Integer.MAX_VALUE, maxZone = Integer.MIN_VALUE;
                for (int i = 0; i < g.length; i++) {
                    minZone = Math.min(minZone, m.zone[g[i]]);
                    maxZone = Math.max(maxZone, m.zone[g[i]]);
                    for (int j = i + 1; j < g.length; j++) {
                        int a = g[i], b = g[j];
                        long k = key(a, b);
                        boolean keptHere = r == 0 && keptPairs.contains(k);
                        if (!keptHere && (m.met(a, b) || metInPlan.contains(k))) repeats++;
                        if (m.sameDepartment(a, b)) sameDept++;
                        if (m.hard(a, b)) {
                            hard++;
                            violators.add(m.ids[a]);
                            violators.add(m.ids[b]);
                        }
                        pairsThisRound.add(k);
                    }
                }
                groups.add(new Plan.Group(ids(m, g), repeats, sameDept, (maxZone - minZone) / 60.0, hard));
            }
            metInPlan.addAll(pairsThisRound);
            rounds.add(new Plan.Round(r + 1, groups, Plan.Totals.of(groups)));
        }
        if (!violators.isEmpty())
            return new RegroupResult.Refused(new Refusal(Refusal.Rule.NO_PARTITION_FOUND, List.copyOf(violators),
                    "no grouping was found that keeps them away from their managers and not-with lists"));
        return new RegroupResult.Planned(new Plan(rounds, Plan.Totals.sum(rounds.stream().map(Plan.Round::totals).toList())));
    }

    private static List<String> ids(Model m, int[] group) {
        int[] sorted = group.clone();
        java.util.Arrays.sort(sorted);
        List<String> out = new ArrayList<>(sorted.length);
        for (int i : sorted) out.add(m.ids[i]);
        return out;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
}
