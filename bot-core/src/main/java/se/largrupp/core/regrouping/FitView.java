package se.largrupp.core.regrouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's {@link Model} over the leaders one question of {@link Placements} is about, looked up by id. Everyone
 * else is passed as not taking part, so the manager chains stay whole through them.
 */
final class FitView {
    private final Model model;
    private final Map<String, Integer> index = new HashMap<>();

    FitView(List<Candidate> everyone, List<PastGroup> history, Set<String> relevant, RegroupOptions options) {
        List<Candidate> view = everyone.stream().map(c -> new Candidate(c.id(), c.department(), c.managerId(),
                c.zoneOffsetMinutes(), c.location(), c.notWith(), relevant.contains(c.id()))).toList();
        model = new Model(view, history, options);
        for (int i = 0; i < model.n; i++) index.put(model.ids[i], i);
    }

    /** What the two cost together in one group: {@link Model#HARD} or more when a hard rule forbids it. */
    double cost(String a, String b) {
        Integer x = index.get(a), y = index.get(b);
        return x == null || y == null || x.equals(y) ? 0 : model.cost(x, y);
    }

    boolean hard(String a, String b) {
        Integer x = index.get(a), y = index.get(b);
        return x != null && y != null && !x.equals(y) && model.hard(x, y);
    }

    boolean met(String a, String b) {
        Integer x = index.get(a), y = index.get(b);
        return x != null && y != null && !x.equals(y) && model.met(x, y);
    }

    boolean sameDepartment(String a, String b) {
        Integer x = index.get(a), y = index.get(b);
        return x != null && y != null && !x.equals(y) && model.sameDepartment(x, y);
    }

    /** Whether {@code boss} is among {@code leader}'s managers within the depth. */
    boolean manages(String boss, String leader) {
        Integer l = index.get(leader), b = index.get(boss);
        if (l == null || b == null) return false;
        for (int m : model.chainUp[l]) if (m == b) return true;
        return false;
    }
}
