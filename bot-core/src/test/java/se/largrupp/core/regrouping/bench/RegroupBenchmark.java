package se.largrupp.core.regrouping.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.Organisations;
import se.largrupp.core.regrouping.PastGroup;
import se.largrupp.core.regrouping.Plan;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.regrouping.RegroupResult;
import se.largrupp.core.regrouping.Regrouper;
import se.largrupp.core.regrouping.Weights;

/**
 * The regrouping benchmark: quality against the Social Golfer bounds and an organisation with managers and
 * departments, and speed and memory from 1,000 to 10,000 leaders — each against a random shuffle and a greedy matcher
 * measured in the same run. Not a test. Run (README, "Regrouping"):
 * {@code MAVEN_OPTS=-Xmx1g mvn -o -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=se.largrupp.core.regrouping.bench.RegroupBenchmark [-Dexec.args="effort"]}
 */
public final class RegroupBenchmark {
    private static final int TRIALS = 20;

    public static void main(String[] args) {
        int effort = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.printf("Regrouping benchmark (engine effort %d, %d cores, max heap %d MiB)%n%n", effort,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| case | bound | random shuffle | greedy, round by round | engine, round by round | engine, planned jointly | engine / greedy | engine time |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        golfers("Social Golfer 32 in 4s: consecutive repeat-free rounds", 32, List.of(4, 4, 4, 4, 4, 4, 4, 4), 10, effort);
        golfers("Social Golfer 36 in 4s: consecutive repeat-free rounds", 36, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4), 11, effort);
        golfers("24 in 3s and 4s (4,4,4,3,3,3,3): consecutive repeat-free rounds", 24, List.of(4, 4, 4, 3, 3, 3, 3), 0, effort);
        organisation(effort);
        System.out.println();
        System.out.println("| leaders, one round | greedy time | engine time | engine / greedy | engine peak heap | same-department pairs greedy / engine | hard violations random / greedy / engine |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int n : new int[] {1_000, 2_000, 5_000, 10_000}) scale(n);
    }

    private static void golfers(String name, int n, List<Integer> sizes, int bound, int effort) {
        List<Candidate> people = Organisations.golfers(n);
        int cap = bound > 0 ? bound : 12;
        double random = 0, greedy = 0;
        for (int t = 0; t < TRIALS; t++) {
            Baselines b = new Baselines(people, 2, t);
            random += consecutive(cap, () -> b.shuffle(sizes), people, b);
            Set<Long> seen = new HashSet<>();
            greedy += consecutive(cap, () -> {
                List<int[]> r = b.greedy(sizes, seen);
                for (int[] g : r) for (int i = 0; i < g.length; i++) for (int j = i + 1; j < g.length; j++) seen.add(Metrics.key(g[i], g[j]));
                return r;
            }, people, b);
        }
        RegroupOptions options = RegroupOptions.defaults().withWeights(Weights.repeatsOnly()).withSizes(sizes).withEffort(effort)
                .withTimeBudget(Duration.ofSeconds(120));
        int stepwise = 0;
        List<PastGroup> history = new ArrayList<>();
        while (stepwise < cap) {
            Plan p = planned(new Regrouper(options.withSeed(stepwise + 1)).plan(people, history));
            if (p.totals().repeatPairs() > 0) break;
            stepwise++;
            for (Plan.Group g : p.first().groups()) history.add(new PastGroup(stepwise, g.members()));
        }
        long started = System.nanoTime();
        // Upwards from what round-by-round reached, until a joint plan of k rounds still has a repeat.
        int joint = stepwise;
        for (int k = Math.max(2, stepwise + 1); k <= cap; k++) {
            Plan p = planned(new Regrouper(options).planRounds(people, List.of(), k));
            if (p.totals().repeatPairs() > 0) break;
            joint = k;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("| %s | %s | %.1f | %.1f | %d | **%d** | %.2f× | %.1f s |%n", name, bound > 0 ? String.valueOf(bound) : "—",
                random / TRIALS, greedy / TRIALS, stepwise, joint, joint / (greedy / TRIALS), seconds);
    }

    private static int consecutive(int cap, Supplier<List<int[]>> round, List<Candidate> people, Baselines rules) {
        Set<Long> met = new HashSet<>();
        for (int r = 0; r < cap; r++) if (Metrics.score(round.get(), met, people, rules)[0] > 0) return r;
        return cap;
    }

    private static void organisation(int effort) {
        List<Candidate> org = Organisations.tree(120, 6, 11);
        int rounds = 6;
        Baselines b = new Baselines(org, 2, 1);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 30; i++) sizes.add(4);
        int[] random = new int[3], greedy = new int[3];
        Set<Long> metR = new HashSet<>(), metG = new HashSet<>(), seenG = new HashSet<>();
        for (int r = 0; r < rounds; r++) {
            add(random, Metrics.score(b.shuffle(sizes), metR, org, b));
            List<int[]> g = b.greedy(sizes, seenG);
            for (int[] x : g) for (int i = 0; i < x.length; i++) for (int j = i + 1; j < x.length; j++) seenG.add(Metrics.key(x[i], x[j]));
            add(greedy, Metrics.score(g, metG, org, b));
        }
        RegroupOptions options = RegroupOptions.defaults().withEffort(Math.max(100, effort / 10));
        int[] stepwise = new int[3];
        Set<Long> metS = new HashSet<>();
        List<PastGroup> history = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Plan p = planned(new Regrouper(options.withSeed(r + 1)).plan(org, history));
            add(stepwise, Metrics.score(indices(p.first(), org), metS, org, b));
            for (Plan.Group g : p.first().groups()) history.add(new PastGroup(r + 1, g.members()));
        }
        long started = System.nanoTime();
        Plan joint = planned(new Regrouper(options).planRounds(org, List.of(), rounds));
        double seconds = (System.nanoTime() - started) / 1e9;
        int[] engine = new int[3];
        Set<Long> metE = new HashSet<>();
        for (Plan.Round r : joint.rounds()) add(engine, Metrics.score(indices(r, org), metE, org, b));
        System.out.printf("| 120 leaders, 6 departments, 4-level managers, 6 rounds: repeat pairs / same-department pairs / hard violations | — | %s | %s | %s | **%s** | repeats %s, departments %s | %.1f s |%n",
                fmt(random), fmt(greedy), fmt(stepwise), fmt(engine), ratio(engine[0], greedy[0]), ratio(engine[1], greedy[1]), seconds);
    }

    private static void scale(int n) {
        List<Candidate> org = Organisations.tree(n, 12, n);
        Baselines b = new Baselines(org, 2, 1);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n / 4; i++) sizes.add(4);
        int[] random = Metrics.score(b.shuffle(sizes), new HashSet<>(), org, b);
        long t0 = System.nanoTime();
        int[] greedy = Metrics.score(b.greedy(sizes, new HashSet<>()), new HashSet<>(), org, b);
        double greedySeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t1 = System.nanoTime();
        Plan plan = planned(new Regrouper(RegroupOptions.defaults()).plan(org, List.of()));
        double engineSeconds = (System.nanoTime() - t1) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int[] engine = Metrics.score(indices(plan.first(), org), new HashSet<>(), org, b);
        System.out.printf("| %,d | %.2f s | %.2f s | %.2f× | %d MiB | %d / %d | %d / %d / %d |%n", n, greedySeconds, engineSeconds,
                engineSeconds / greedySeconds, peak >> 20, greedy[1], engine[1], random[2], greedy[2], engine[2]);
    }

    private static List<int[]> indices(Plan.Round round, List<Candidate> people) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) index.put(people.get(i).id(), i);
        return round.groups().stream().map(g -> g.members().stream().mapToInt(index::get).toArray()).toList();
    }

    private static Plan planned(RegroupResult r) {
        if (r instanceof RegroupResult.Planned p) return p.plan();
        throw new IllegalStateException("refused: " + r);
    }

    private static void add(int[] total, int[] part) {
        for (int i = 0; i < total.length; i++) total[i] += part[i];
    }

    private static String fmt(int[] t) {
        return t[0] + " / " + t[1] + " / " + t[2];
    }

    private static String ratio(int engine, int baseline) {
        return baseline == 0 ? "—" : String.format("%.2f×", (double) engine / baseline);
    }
}
