package se.largrupp.core.regrouping.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.Organisations;
import se.largrupp.core.regrouping.PastGroup;
import se.largrupp.core.regrouping.Plan;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.regrouping.Regrouper;

/** The benchmark's organisations: managers, departments and history, planned jointly, round by round, and as a programme. */
final class OrganisationCases {
    private OrganisationCases() {}

    static void organisation(int n, int departments, int rounds, long seed, int effort) {
        List<Candidate> org = Organisations.tree(n, departments, seed);
        Baselines b = new Baselines(org, 2, 1);
        List<Integer> sizes = RegroupBenchmark.fours(n / 4, 0);
        int[] random = new int[3], greedy = new int[3];
        Set<Long> metR = new HashSet<>(), metG = new HashSet<>(), seenG = new HashSet<>();
        for (int r = 0; r < rounds; r++) {
            Metrics.add(random, Metrics.score(b.shuffle(sizes), metR, org, b));
            Metrics.add(greedy, Metrics.score(Metrics.remember(b.greedy(sizes, seenG), seenG), metG, org, b));
        }
        RegroupOptions options = RegroupOptions.defaults().withEffort(Math.max(100, effort / 10));
        int[] stepwise = new int[3];
        Set<Long> metS = new HashSet<>();
        List<PastGroup> history = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Plan p = Metrics.planned(new Regrouper(options.withSeed(r + 1)).plan(org, history));
            Metrics.add(stepwise, Metrics.score(Metrics.indices(p.first(), org), metS, org, b));
            for (Plan.Group g : p.first().groups()) history.add(new PastGroup(r + 1, g.members()));
        }
        long started = System.nanoTime();
        Plan joint = Metrics.planned(new Regrouper(options).planRounds(org, List.of(), rounds));
        double seconds = (System.nanoTime() - started) / 1e9;
        int[] engine = new int[3];
        Set<Long> metE = new HashSet<>();
        for (Plan.Round r : joint.rounds()) Metrics.add(engine, Metrics.score(Metrics.indices(r, org), metE, org, b));
        System.out.printf("| %d leaders, %d departments, 4-level managers, %d rounds: repeat pairs / same-department pairs / hard violations | %s | %s | %s | **%s** | repeats %s, departments %s | %.1f s |%n",
                n, departments, rounds, fmt(random), fmt(greedy), fmt(stepwise), fmt(engine), ratio(engine[0], greedy[0]),
                ratio(engine[1], greedy[1]), seconds);
    }

    /**
     * A programme: the same pool regrouped every six months for five years, each round planned as the bot plans it
     * (the next round with three rounds' lookahead, all earlier rounds as history). Repeat pairs per round.
     */
    static void programme(String name, List<Candidate> org, int rounds, int trials) {
        int n = org.size();
        List<Integer> sizes = RegroupBenchmark.fours(n / 4, 0);
        double[][] baseline = new double[2][rounds];
        int[][] baselineTotals = new int[2][3];
        for (int t = 0; t < trials; t++) {
            Baselines b = new Baselines(org, 2, t);
            Set<Long> metR = new HashSet<>(), metG = new HashSet<>(), seenG = new HashSet<>();
            for (int r = 0; r < rounds; r++) {
                int[] random = Metrics.score(b.shuffle(sizes), metR, org, b);
                int[] greedy = Metrics.score(Metrics.remember(b.greedy(sizes, seenG), seenG), metG, org, b);
                baseline[0][r] += random[0] / (double) trials;
                baseline[1][r] += greedy[0] / (double) trials;
                Metrics.add(baselineTotals[0], random);
                Metrics.add(baselineTotals[1], greedy);
            }
        }
        Baselines rules = new Baselines(org, 2, 0);
        int[] engine = new int[rounds];
        int[] engineTotals = new int[3];
        Set<Long> met = new HashSet<>();
        List<PastGroup> history = new ArrayList<>();
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            RegroupOptions options = RegroupOptions.defaults().withSeed(1 + r);
            Plan p = Metrics.planned(new Regrouper(options).planWithLookahead(org, history, 3));
            int[] score = Metrics.score(Metrics.indices(p.first(), org), met, org, rules);
            engine[r] = score[0];
            Metrics.add(engineTotals, score);
            for (Plan.Group g : p.first().groups()) history.add(new PastGroup(r + 1, g.members()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder header = new StringBuilder("| programme: " + name + ", a round every 6 months for " + rounds / 2
                + " years: repeat pairs in round |");
        StringBuilder line = new StringBuilder("|---|");
        for (int r = 1; r <= rounds; r++) {
            header.append(' ').append(r).append(" |");
            line.append("---|");
        }
        System.out.println(header + " in all: repeat / same-department pairs / hard violations |");
        System.out.println(line + "---|");
        String[] names = {"random shuffle (mean of " + trials + ")", "greedy, round by round (mean of " + trials + ")"};
        for (int k = 0; k < 2; k++) {
            StringBuilder row = new StringBuilder("| " + names[k] + " |");
            for (double v : baseline[k]) row.append(String.format(" %.1f |", v));
            int[] tot = baselineTotals[k];
            System.out.println(row + String.format(" %.1f / %.1f / %.1f |", tot[0] / (double) trials, tot[1] / (double) trials,
                    tot[2] / (double) trials));
        }
        StringBuilder row = new StringBuilder(String.format("| engine, as the bot plans it (%.1f s in all) |", seconds));
        for (int v : engine) row.append(' ').append(v).append(" |");
        System.out.println(row + " **" + fmt(engineTotals) + "** |");
    }

    private static String fmt(int[] t) {
        return t[0] + " / " + t[1] + " / " + t[2];
    }

    private static String ratio(int engine, int baseline) {
        return baseline == 0 ? "—" : String.format("%.2f×", (double) engine / baseline);
    }
}
