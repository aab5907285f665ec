package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A regrouping that one person cannot block: when the hard rules leave some leaders unplaceable (a top manager whose
 * whole organisation is in the pool, a not-with list that excludes everyone), they are set aside — passed to the engine
 * as not taking part, so the manager chains through them stay whole — and everyone else is planned. A keep-together
 * request that cannot be kept is dropped the same way. Only a pool that cannot form any group at all is refused, with
 * the refusal that names who blocks it.
 */
public final class SetAside {
    /** One leader the plan leaves out, and the rule that did. */
    public record LeftOut(String id, Refusal.Rule rule) {}

    /** The plan (or the refusal), who was left out, and which keep-together requests could not be kept. */
    public record Outcome(RegroupResult result, List<LeftOut> leftOut, List<List<String>> droppedKeepTogether) {
        public Outcome {
            leftOut = List.copyOf(leftOut);
            droppedKeepTogether = droppedKeepTogether.stream().map(List::copyOf).toList();
        }
    }

    /** How to plan one pool: the regrouper's one-round or look-ahead entry point. */
    @FunctionalInterface
    public interface Planner {
        RegroupResult plan(Regrouper engine, List<Candidate> candidates, List<PastGroup> history);
    }

    private SetAside() {}

    public static Outcome plan(RegroupOptions options, List<Candidate> candidates, List<PastGroup> history, Planner planner) {
        Map<String, Candidate> pool = new LinkedHashMap<>();
        candidates.forEach(c -> pool.put(c.id(), c));
        List<LeftOut> leftOut = new ArrayList<>();
        List<List<String>> keep = new ArrayList<>(options.keepTogether());
        List<List<String>> dropped = new ArrayList<>();
        RegroupResult first = null;
        for (int attempt = 0; attempt <= candidates.size(); attempt++) {
            RegroupResult result = planner.plan(new Regrouper(options.withKeepTogether(keep)), List.copyOf(pool.values()), history);
            if (first == null) first = result;
            if (!(result instanceof RegroupResult.Refused refused)) return new Outcome(result, leftOut, dropped);
            Refusal r = refused.refusal();
            List<String> aside = switch (r.rule()) {
                // One at a time, the most constrained first: without them the others often have partners enough.
                case TOO_FEW_ALLOWED_PARTNERS -> List.of(mostConstrained(r.leaders(), pool, history, options));
                // The chain is the leader and their managers upwards: the one at the top is the one too many.
                case CHAIN_LONGER_THAN_GROUP_COUNT -> List.of(r.leaders().get(r.leaders().size() - 1));
                case NO_PARTITION_FOUND -> List.of(mostConstrained(r.leaders(), pool, history, options));
                // Five left after setting someone aside: the most constrained of them waits for the next newcomer.
                case FIVE_NEEDS_OPTION -> leftOut.isEmpty() ? List.of() : List.of(mostConstrained(r.leaders(), pool, history, options));
                default -> List.of();
            };
            if (r.rule() == Refusal.Rule.KEEP_TOGETHER_IMPOSSIBLE) {
                Set<String> named = new HashSet<>(r.leaders());
                List<List<String>> gone = keep.stream().filter(k -> k.stream().anyMatch(named::contains)).toList();
                if (gone.isEmpty()) return new Outcome(result, leftOut, dropped);
                keep.removeAll(gone);
                dropped.addAll(gone);
                continue;
            }
            if (aside.isEmpty()) return new Outcome(leftOut.isEmpty() ? result : first, leftOut, dropped);
            for (String id : aside) {
                Candidate c = pool.get(id);
                if (c == null || !c.takesPart()) continue;
                pool.put(id, c.notTakingPart());
                leftOut.add(new LeftOut(id, r.rule()));
            }
        }
        return new Outcome(first, leftOut, dropped);
    }

    /** The leader of {@code among} with the most others they may not share a group with. */
    private static String mostConstrained(List<String> among, Map<String, Candidate> pool, List<PastGroup> history,
                                          RegroupOptions options) {
        Model m = new Model(List.copyOf(pool.values()), history, options);
        String worst = among.get(0);
        int most = -1;
        for (String id : among) {
            int i = m.index(id);
            if (i >= 0 && m.conflicts[i].length > most) {
                most = m.conflicts[i].length;
                worst = id;
            }
        }
        return worst;
    }
}
