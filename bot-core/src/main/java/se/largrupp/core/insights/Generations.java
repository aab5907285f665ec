package se.largrupp.core.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;

/** The regrouping history: per generation its groups, leaders and how well it mixed departments and people. */
final class Generations {
    private Generations() {}

    static List<Figures.Generation> of(History h) {
        Map<LeaderId, Leader> byId = h.leaders().stream().collect(Collectors.toMap(Leader::id, Function.identity(), (a, b) -> a));
        Map<Integer, List<LearningGroup>> byGeneration = new TreeMap<>();
        h.groups().forEach(g -> byGeneration.computeIfAbsent(g.generation(), k -> new ArrayList<>()).add(g));
        Set<Set<LeaderId>> metBefore = new HashSet<>();
        List<Figures.Generation> out = new ArrayList<>();
        for (Map.Entry<Integer, List<LearningGroup>> e : byGeneration.entrySet()) {
            List<LearningGroup> groups = e.getValue();
            int pairs = 0, fresh = 0;
            Set<Set<LeaderId>> these = new HashSet<>();
            for (LearningGroup g : groups) {
                for (Set<LeaderId> pair : pairs(g)) {
                    pairs++;
                    if (!metBefore.contains(pair)) fresh++;
                    these.add(pair);
                }
            }
            metBefore.addAll(these);
            int leaders = groups.stream().mapToInt(g -> g.members().size()).sum();
            out.add(new Figures.Generation(e.getKey(), groups.stream().map(LearningGroup::createdAt).min(Comparator.naturalOrder()).orElseThrow(),
                    groups.size(), leaders, mix(groups, byId), Period.percent(fresh, pairs)));
        }
        return out;
    }

    /** The share of pairs, among those whose departments are both known, who work in different departments. */
    static OptionalInt mix(List<LearningGroup> groups, Map<LeaderId, Leader> byId) {
        int known = 0, across = 0;
        for (LearningGroup g : groups) {
            for (Set<LeaderId> pair : pairs(g)) {
                List<String> departments = pair.stream().map(byId::get).filter(l -> l != null && l.department().isPresent())
                        .map(l -> l.department().get().strip().toLowerCase(java.util.Locale.ROOT)).toList();
                if (departments.size() < 2) continue;
                known++;
                if (!departments.get(0).equals(departments.get(1))) across++;
            }
        }
        return Period.percent(across, known);
    }

    private static List<Set<LeaderId>> pairs(LearningGroup g) {
        List<Set<LeaderId>> out = new ArrayList<>();
        List<LeaderId> m = g.members();
        for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) out.add(Set.of(m.get(i), m.get(j)));
        return out;
    }
}
