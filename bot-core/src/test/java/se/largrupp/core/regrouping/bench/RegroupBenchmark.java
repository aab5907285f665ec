package se.largrupp.core.regrouping.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.Organisations;
import se.largrupp.core.regrouping.PastGroup;
import se.largrupp.core.regrouping.Plan;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.regrouping.Regrouper;
import se.largrupp.core.regrouping.Weights;

/**
 * The regrouping benchmark: quality against the Social Golfer bounds (pure and with groups of 3), organisations with
 * managers, departments and history, a five-year programme, and speed and memory from 1,000 to 10,000 leaders — each
 * against a random shuffle and a greedy matcher measured in the same run. Not a test. Run (README, "Regrouping"):
 * {@code MAVEN_OPTS=-Xmx1g mvn -o -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=se.largrupp.core.regrouping.bench.RegroupBenchmark [-Dexec.args="effort"]}
 */
public final class RegroupBenchmark {
    private static final int TRIALS = 20;
    private static int effort;

    public static void main(String[] args) {
        effort = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.printf("Regrouping benchmark (engine effort %d, %d cores, max heap %d MiB)%n%n", effort,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| consecutive repeat-free rounds | bound | best known | random shuffle | greedy, round by round | engine, round by round | engine, planned jointly | engine / greedy | time of that joint plan |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        golfers("20 in 4s", fours(5, 0), 6, "5");
        golfers("24 in 4s", fours(6, 0), 7, "7");
        golfers("28 in 4s", fours(7, 0), 9, "9");
        golfers("32 in 4s", fours(8, 0), 10, "10");
        golfers("36 in 4s", fours(9, 0), 11, "≥ 10");
        golfers("40 in 4s", fours(10, 0), 13, "13");
        golfers("52 in 4s", fours(13, 0), 17, "17");
        golfers("64 in 4s", fours(16, 0), 21, "21");
        golfers("27 in 3s", fours(0, 9), 13, "13");
        golfers("27 in 4s and a 3 (nearest pure: 28)", fours(6, 1), 9, "—");
        golfers("26 in 4s and 3s (nearest pure: 28)", fours(5, 2), 9, "—");
        golfers("30 in 4s and 3s (nearest pure: 32)", fours(6, 2), 10, "—");
        golfers("33 in 4s and 3s (nearest pure: 36)", fours(6, 3), 11, "—");
        golfers("38 in 4s and 3s (nearest pure: 40)", fours(8, 2), 12, "—");
        golfers("24 in 3s and 4s (4,4,4,3,3,3,3)", fours(3, 4), 9, "—");
        System.out.println();
        System.out.println("| organisation, planned jointly (round by round with history) | random shuffle | greedy, round by round | engine, round by round | engine, planned jointly | engine / greedy | engine time |");
        System.out.println("|---|---|---|---|---|---|---|");
        OrganisationCases.organisation(120, 6, 6, 11, effort);
        OrganisationCases.organisation(300, 10, 6, 12, effort);
        System.out.println();
        OrganisationCases.programme("60 leaders, history only", Organisations.golfers(60), 10, TRIALS);
        System.out.println();
        OrganisationCases.programme("60 leaders, 4 departments (one of 35), managers", Organisations.tree(60, 4, 5), 10, TRIALS);
        System.out.println();
        System.out.println("| leaders, one round | greedy time | engine time | engine CPU time | engine / greedy | engine peak heap | same-department pairs greedy / engine | hard violations random / greedy / engine |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int n : new int[] {1_000, 2_000, 5_000, 10_000}) scale(n);
    }

    static List<Integer> fours(int fours, int threes) {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < fours; i++) sizes.add(4);
        for (int i = 0; i < threes; i++) sizes.add(3);
        return sizes;
    }

    /** @param cap the counting bound for pure cases (a leader meets 3 new people a round); rounds are tried up to it */
    private static void golfers(String name, List<Integer> sizes, int cap, String bestKnown) {
        int n = sizes.stream().mapToInt(Integer::intValue).sum();
        List<Candidate> people = Organisations.golfers(n);
        double random = 0, greedy = 0;
        for (int t = 0; t < TRIALS; t++) {
            Baselines b = new Baselines(people, 2, t);
            random += consecutive(cap, () -> b.shuffle(sizes), people, b);
            Set<Long> seen = new HashSet<>();
            greedy += consecutive(cap, () -> Metrics.remember(b.greedy(sizes, seen), seen), people, b);
        }
        RegroupOptions options = RegroupOptions.defaults().withWeights(Weights.repeatsOnly()).withSizes(sizes).withEffort(effort)
                .withTimeBudget(Duration.ofSeconds(60));
        int stepwise = 0;
        List<PastGroup> history = new ArrayList<>();
        while (stepwise < cap) {
            Plan p = Metrics.planned(new Regrouper(options.withSeed(stepwise + 1)).plan(people, history));
            if (p.totals().repeatPairs() > 0) break;
            stepwise++;
            for (Plan.Group g : p.first().groups()) history.add(new PastGroup(stepwise, g.members()));
        }
        // Upwards from what round-by-round reached, until a joint plan of k rounds still has a repeat; the time is that of
        // the last plan without one.
        int joint = stepwise;
        double seconds = 0;
        for (int k = Math.max(2, stepwise + 1); k <= cap; k++) {
            long started = System.nanoTime();
            Plan p = Metrics.planned(new Regrouper(options).planRounds(people, List.of(), k));
            if (p.totals().repeatPairs() > 0) break;
            joint = k;
            seconds = (System.nanoTime() - started) / 1e9;
        }
        boolean pure = sizes.stream().distinct().count() == 1;
        System.out.printf("| %s | %s | %s | %.1f | %.1f | %d | **%d** | %.2f× | %.1f s |%n", name, pure ? String.valueOf(cap) : "—",
                bestKnown, random / TRIALS, greedy / TRIALS, stepwise, joint, joint / (greedy / TRIALS), seconds);
    }

    private static int consecutive(int cap, Supplier<List<int[]>> round, List<Candidate> people, Baselines rules) {
        Set<Long> met = new HashSet<>();
        for (int r = 0; r < cap; r++) if (Metrics.score(round.get(), met, people, rules)[0] > 0) return r;
        return cap;
    }

    private static void scale(int n) {
        List<Candidate> org = Organisations.tree(n, 12, n);
        Baselines b = new Baselines(org, 2, 1);
        List<Integer> sizes = fours(n / 4, 0);
        int[] random = Metrics.score(b.shuffle(sizes), new HashSet<>(), org, b);
        long t0 = System.nanoTime();
        int[] greedy = Metrics.score(b.greedy(sizes, new HashSet<>()), new HashSet<>(), org, b);
        double greedySeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // CPU time beside wall time: on a shared build machine the wall time also counts other people's builds.
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        Plan plan = Metrics.planned(new Regrouper(RegroupOptions.defaults()).plan(org, List.of()));
        double engineSeconds = (System.nanoTime() - t1) / 1e9;
        double engineCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int[] engine = Metrics.score(Metrics.indices(plan.first(), org), new HashSet<>(), org, b);
        System.out.printf("| %,d | %.2f s | %.2f s | %.2f s | %.2f× | %d MiB | %d / %d | %d / %d / %d |%n", n, greedySeconds,
                engineSeconds, engineCpu, engineSeconds / greedySeconds, peak >> 20, greedy[1], engine[1], random[2], greedy[2], engine[2]);
    }
}
