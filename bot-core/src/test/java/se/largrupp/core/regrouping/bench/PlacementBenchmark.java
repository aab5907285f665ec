package se.largrupp.core.regrouping.bench;

import java.util.Map;
import se.largrupp.core.regrouping.PlacementScenario;

/**
 * Placement quality against a regrouping of the same pool (README, "Regrouping"): returners placed by the engine,
 * placed at random into a group with room that breaks no hard rule, and everyone regrouped — pairs created, how many
 * met before, how many share a department, hard violations; and the engine's placement time. Not a test. Run:
 * {@code mvn -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=se.largrupp.core.regrouping.bench.PlacementBenchmark}
 */
public final class PlacementBenchmark {
    private static final int SEEDS = 5;

    public static void main(String[] args) {
        System.out.println("| pool, returners | answer | pairs | met before | same department | hard violations | time |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int[] c : new int[][] {{120, 12}, {600, 40}, {2000, 100}}) run(c[0], c[1]);
    }

    private static void run(int n, int back) {
        PlacementScenario.Count engine = zero(), random = zero(), all = zero();
        long nanos = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            PlacementScenario s = new PlacementScenario(n, back, seed);
            long t = System.nanoTime();
            Map<String, String> placed = s.placeByEngine();
            nanos += System.nanoTime() - t;
            engine = add(engine, s.count(placed));
            random = add(random, s.count(s.placeAtRandom(seed)));
            all = add(all, s.regroupEveryone());
        }
        String label = n + ", " + back;
        row(label, "engine placement", engine, String.format("%.0f ms", nanos / 1e6 / SEEDS));
        row(label, "random placement (hard rules kept)", random, "");
        row(label, "regrouping everyone", all, "");
    }

    private static void row(String label, String answer, PlacementScenario.Count c, String time) {
        System.out.printf("| %s | %s | %d | %d (%.1f %%) | %d (%.1f %%) | %d | %s |%n", label, answer, c.pairs(), c.repeats(),
                100 * c.repeatRate(), c.sameDepartment(), 100 * c.sameDepartmentRate(), c.hard(), time);
    }

    private static PlacementScenario.Count zero() {
        return new PlacementScenario.Count(0, 0, 0, 0);
    }

    private static PlacementScenario.Count add(PlacementScenario.Count a, PlacementScenario.Count b) {
        return new PlacementScenario.Count(a.pairs() + b.pairs(), a.repeats() + b.repeats(),
                a.sameDepartment() + b.sameDepartment(), a.hard() + b.hard());
    }
}
