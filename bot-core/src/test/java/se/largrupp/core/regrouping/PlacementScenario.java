package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Placement measured against a regrouping of the same pool: an organisation (four-level manager tree, six
 * departments) has met for two rounds; {@code returning} of its leaders were away when round three was formed (in
 * threes, so groups have room) and now come back. They are placed into round three's groups by the engine
 * ({@link Placements}), or at random into a group with room that breaks no hard rule — or everyone is regrouped.
 * Counted per pair that the answer puts together: pairs who met before, pairs from one department, hard violations.
 */
public final class PlacementScenario {
    public final List<Candidate> everyone;
    public final List<PastGroup> history;
    public final List<Placements.OpenGroup> open;
    public final List<String> returning;
    private final RegroupOptions options = RegroupOptions.defaults();

    /** Pairs an answer creates and how many of them are repeats, same-department or forbidden. */
    public record Count(int pairs, int repeats, int sameDepartment, int hard) {
        Count plus(Count o) {
            return new Count(pairs + o.pairs, repeats + o.repeats, sameDepartment + o.sameDepartment, hard + o.hard);
        }

        public double repeatRate() { return pairs == 0 ? 0 : (double) repeats / pairs; }

        public double sameDepartmentRate() { return pairs == 0 ? 0 : (double) sameDepartment / pairs; }
    }

    public PlacementScenario(int n, int returningCount, long seed) {
        everyone = Organisations.tree(n, 6, seed);
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> back = new LinkedHashSet<>();
        while (back.size() < returningCount) back.add("L" + (1 + random.nextInt(n - 1)));
        returning = List.copyOf(back);
        history = new ArrayList<>();
        Plan past = planned(new Regrouper(options).planRounds(everyone, List.of(), 2));
        for (Plan.Round r : past.rounds()) for (Plan.Group g : r.groups()) history.add(new PastGroup(r.index(), g.members()));
        List<Candidate> away = everyone.stream().map(c -> back.contains(c.id()) ? c.notTakingPart() : c).toList();
        Plan third = planned(new Regrouper(options.withPreferredSize(3)).plan(away, history));
        open = new ArrayList<>();
        int i = 0;
        for (Plan.Group g : third.first().groups()) {
            history.add(new PastGroup(3, g.members()));
            open.add(new Placements.OpenGroup("g" + i++, g.members(), 4 - g.members().size(), false));
        }
    }

    public Map<String, String> placeByEngine() {
        return new Placements(options).place(everyone, history, open, returning, Set.of()).groupOf();
    }

    /** Each returner, in turn, into a random group with room whose members break no hard rule with them. */
    public Map<String, String> placeAtRandom(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FitView v = view();
        Map<String, List<String>> members = new java.util.HashMap<>();
        Map<String, Integer> room = new java.util.HashMap<>();
        open.forEach(g -> { members.put(g.id(), new ArrayList<>(g.members())); room.put(g.id(), g.room()); });
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String r : returning) {
            List<String> fits = open.stream().map(Placements.OpenGroup::id).filter(id -> room.get(id) > 0)
                    .filter(id -> members.get(id).stream().noneMatch(m -> v.hard(r, m))).toList();
            if (fits.isEmpty()) continue;
            String g = fits.get(random.nextInt(fits.size()));
            out.put(r, g);
            members.get(g).add(r);
            room.put(g, room.get(g) - 1);
        }
        return out;
    }

    /** The pairs a placement creates: each returner with the group's members and the other returners placed there. */
    public Count count(Map<String, String> placement) {
        FitView v = view();
        Count c = new Count(0, 0, 0, 0);
        Map<String, List<String>> added = new java.util.HashMap<>();
        for (Placements.OpenGroup g : open) {
            for (Map.Entry<String, String> e : placement.entrySet()) {
                if (!e.getValue().equals(g.id())) continue;
                List<String> before = added.computeIfAbsent(g.id(), k -> new ArrayList<>());
                List<String> partners = new ArrayList<>(g.members());
                partners.addAll(before);
                for (String p : partners) c = c.plus(pair(v, e.getKey(), p));
                before.add(e.getKey());
            }
        }
        return c;
    }

    /** Everyone regrouped at this moment, with rounds one to three as history: the pairs of the new groups. */
    public Count regroupEveryone() {
        Plan plan = planned(new Regrouper(options).plan(everyone, history));
        FitView v = view();
        Count c = new Count(0, 0, 0, 0);
        for (Plan.Group g : plan.first().groups())
            for (int i = 0; i < g.members().size(); i++)
                for (int j = i + 1; j < g.members().size(); j++) c = c.plus(pair(v, g.members().get(i), g.members().get(j)));
        return c;
    }

    private Count pair(FitView v, String a, String b) {
        return new Count(1, v.met(a, b) ? 1 : 0, v.sameDepartment(a, b) ? 1 : 0, v.hard(a, b) ? 1 : 0);
    }

    private FitView view() {
        Set<String> all = new HashSet<>();
        everyone.forEach(c -> all.add(c.id()));
        return new FitView(everyone, history, all, options);
    }

    private static Plan planned(RegroupResult r) {
        if (r instanceof RegroupResult.Planned p) return p.plan();
        throw new IllegalStateException("the scenario could not be planned: " + ((RegroupResult.Refused) r).refusal());
    }
}
