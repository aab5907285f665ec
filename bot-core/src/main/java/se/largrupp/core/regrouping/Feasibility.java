package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What cannot work, found before searching, so the refusal names the rule and the leaders instead of guessing. */
final class Feasibility {
    private Feasibility() {}

    static Optional<Refusal> check(Model m, List<Integer> sizes) {
        int smallest = sizes.stream().mapToInt(Integer::intValue).min().orElse(3);
        List<String> lonely = new ArrayList<>();
        for (int i = 0; i < m.n; i++) if (m.n - 1 - m.conflicts[i].length < smallest - 1) lonely.add(m.ids[i]);
        if (!lonely.isEmpty())
            return Optional.of(new Refusal(Refusal.Rule.TOO_FEW_ALLOWED_PARTNERS, lonely,
                    "their managers, reports and not-with lists (within the manager depth) leave fewer than "
                            + (smallest - 1) + " others to form a group with"));
        for (int i = 0; i < m.n; i++) {
            // A leader and their managers within the depth all exclude each other: each needs a group of their own.
            if (m.chainUp[i].length + 1 > sizes.size()) {
                List<String> chain = new ArrayList<>();
                chain.add(m.ids[i]);
                Arrays.stream(m.chainUp[i]).mapToObj(k -> m.ids[k]).forEach(chain::add);
                return Optional.of(new Refusal(Refusal.Rule.CHAIN_LONGER_THAN_GROUP_COUNT, chain,
                        "a manager chain of " + chain.size() + " must be spread over " + sizes.size() + " groups"));
            }
        }
        return Optional.empty();
    }

    /** Keep-together requests as index groups, or the refusal; members not taking part are dropped. */
    static Object keepTogether(Model m, List<List<String>> requests, List<Integer> sizes) {
        List<int[]> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (List<String> request : requests) {
            int[] members = request.stream().mapToInt(m::index).filter(i -> i >= 0).distinct().toArray();
            if (members.length < 2) continue;
            for (int a : members) {
                if (!taken.add(a))
                    return refuse(List.of(m.ids[a]), "a leader appears in two keep-together requests");
                for (int b : members)
                    if (a < b && m.hard(a, b))
                        return refuse(List.of(m.ids[a], m.ids[b]), "they may not share a group (manager or not-with)");
            }
            out.add(members);
        }
        out.sort((x, y) -> y.length - x.length);
        List<Integer> free = new ArrayList<>(sizes);
        free.sort(null);
        for (int[] keep : out) {
            Integer fit = free.stream().filter(s -> s >= keep.length).findFirst().orElse(null);
            if (fit == null)
                return refuse(Arrays.stream(keep).mapToObj(i -> m.ids[i]).toList(), "no group of " + keep.length + " is available");
            free.remove(fit);
        }
        return out;
    }

    private static Refusal refuse(List<String> leaders, String why) {
        return new Refusal(Refusal.Rule.KEEP_TOGETHER_IMPOSSIBLE, leaders, why);
    }
}
