package se.largrupp.core.regrouping.bench;
import se.largrupp.core.regrouping.*;
import java.util.*;
import java.time.Duration;
public class Sgp {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]); int effort = Integer.parseInt(a[2]);
    List<Candidate> c = new ArrayList<>();
    for (int i = 0; i < n; i++) c.add(Candidate.of("p" + i, null, null));
    for (long seed = 1; seed <= Integer.parseInt(a[3]); seed++) {
      long t0 = System.nanoTime();
      RegroupResult r = new Regrouper(RegroupOptions.defaults().withWeights(Weights.repeatsOnly()).withSeed(seed).withEffort(effort).withTimeBudget(Duration.ofSeconds(120))).planRounds(c, List.of(), rounds);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (r instanceof RegroupResult.Planned p) System.out.println("seed " + seed + " repeats " + p.plan().totals().repeatPairs() + " ms " + ms + " its " + se.largrupp.core.regrouping.SearchDebug.its());
      else System.out.println(r);
    }
  }
}
