package se.largrupp.core.regrouping.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.Plan;
import se.largrupp.core.regrouping.RegroupResult;

/** Counts the benchmark reports, the same way for every method. */
final class Metrics {
    private Metrics() {}

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** Repeat pairs (against {@code met}, then added to it), same-department pairs and hard violations of a round. */
    static int[] score(List<int[]> round, Set<Long> met, List<Candidate> people, Baselines rules) {
        int repeats = 0, sameDept = 0, hard = 0;
        for (int[] g : round)
            for (int i = 0; i < g.length; i++)
                for (int j = i + 1; j < g.length; j++) {
                    if (met.contains(key(g[i], g[j]))) repeats++;
                    if (people.get(g[i]).department().isPresent()
                            && people.get(g[i]).department().equals(people.get(g[j]).department())) sameDept++;
                    if (rules.conflict(g[i], g[j])) hard++;
                }
        remember(round, met);
        return new int[] {repeats, sameDept, hard};
    }

    /** Adds the round's pairs to {@code met}; returns the round. */
    static List<int[]> remember(List<int[]> round, Set<Long> met) {
        for (int[] g : round)
            for (int i = 0; i < g.length; i++) for (int j = i + 1; j < g.length; j++) met.add(key(g[i], g[j]));
        return round;
    }

    static List<int[]> indices(Plan.Round round, List<Candidate> people) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) index.put(people.get(i).id(), i);
        return round.groups().stream().map(g -> g.members().stream().mapToInt(index::get).toArray()).toList();
    }

    static Plan planned(RegroupResult r) {
        if (r instanceof RegroupResult.Planned p) return p.plan();
        throw new IllegalStateException("refused: " + r);
    }

    static void add(int[] total, int[] part) {
        for (int i = 0; i < total.length; i++) total[i] += part[i];
    }
}
