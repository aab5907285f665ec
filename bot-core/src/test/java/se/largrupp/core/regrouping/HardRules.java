package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An independent check of the hard rules, written apart from the engine so a test can catch the engine out. */
final class HardRules {
    private HardRules() {}

    static List<String> violations(List<Candidate> all, Plan.Round round, int depth, boolean allowFive) {
        List<String> out = new ArrayList<>();
        Map<String, Candidate> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<String> seen = new HashSet<>();
        for (Plan.Group g : round.groups()) {
            int size = g.members().size();
            if (size < 3 || size > (allowFive ? 5 : 4)) out.add("size " + size + ": " + g.members());
            for (String a : g.members()) {
                if (!seen.add(a)) out.add("twice: " + a);
                if (!byId.get(a).takesPart()) out.add("not taking part: " + a);
                for (String b : g.members()) {
                    if (a.equals(b)) continue;
                    if (managers(byId, a, depth).contains(b)) out.add(b + " manages " + a);
                    if (byId.get(a).notWith().contains(b)) out.add(a + " not with " + b);
                }
            }
        }
        all.stream().filter(Candidate::takesPart).filter(c -> !seen.contains(c.id())).forEach(c -> out.add("left out: " + c.id()));
        return out;
    }

    static Set<String> managers(Map<String, Candidate> byId, String id, int depth) {
        Set<String> up = new HashSet<>();
        String at = id;
        for (int i = 0; i < depth; i++) {
            Candidate c = byId.get(at);
            if (c == null || c.managerId().isEmpty() || !up.add(c.managerId().get())) break;
            at = c.managerId().get();
        }
        return up;
    }
}
