package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Made-up organisations for tests and the benchmark: a manager tree of four levels, departments and time zones. */
public final class Organisations {
    private Organisations() {}

    /** Leaders with ids {@code L0..}, L0 the top; departments follow the second level, with some people moved. */
    public static List<Candidate> tree(int n, int departments, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int level2 = Math.max(1, Math.min(n - 1, n / 24));
        int level3 = Math.max(0, Math.min(n - 1 - level2, n / 6));
        List<Candidate> out = new ArrayList<>(n);
        int[] dept = new int[n];
        for (int i = 0; i < n; i++) {
            String manager;
            if (i == 0) {
                manager = null;
                dept[i] = 0;
            } else if (i <= level2) {
                manager = "L0";
                dept[i] = (i - 1) % departments;
            } else if (i <= level2 + level3) {
                int m = 1 + random.nextInt(level2);
                manager = "L" + m;
                dept[i] = dept[m];
            } else {
                int m = level3 > 0 ? 1 + level2 + random.nextInt(level3) : 1 + random.nextInt(level2);
                manager = "L" + m;
                dept[i] = random.nextInt(10) < 8 ? dept[m] : random.nextInt(departments);
            }
            int zone = switch (random.nextInt(10)) { case 0 -> 0; case 1 -> -300; default -> 60; };
            out.add(new Candidate("L" + i, Optional.of("D" + dept[i]), Optional.ofNullable(manager), zone,
                    Optional.empty(), List.of(), true));
        }
        return out;
    }

    /** {@code n} leaders with nothing that tells them apart: the Social Golfer setting. */
    public static List<Candidate> golfers(int n) {
        List<Candidate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Candidate.of("G" + i, null, null));
        return out;
    }
}
