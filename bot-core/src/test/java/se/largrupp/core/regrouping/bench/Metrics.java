package se.largrupp.core.regrouping.bench;

import java.util.List;
import java.util.Set;
import se.largrupp.core.regrouping.Candidate;

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
        for (int[] g : round)
            for (int i = 0; i < g.length; i++) for (int j = i + 1; j < g.length; j++) met.add(key(g[i], g[j]));
        return new int[] {repeats, sameDept, hard};
    }
}
