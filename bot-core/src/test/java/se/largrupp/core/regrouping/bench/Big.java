package se.largrupp.core.regrouping.bench;
import se.largrupp.core.regrouping.*;
import java.util.*;
public class Big {
  public static void main(String[] a) {
    for (String s : a) { int n = Integer.parseInt(s);
      List<Candidate> c = Organisations.tree(n, 12, 7);
      long t0 = System.nanoTime();
      RegroupResult r = new Regrouper(RegroupOptions.defaults()).plan(c, List.of());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (r instanceof RegroupResult.Planned p) System.out.println(n + " " + p.plan().totals() + " ms " + ms + " its " + SearchDebug.its());
      else System.out.println(r);
    }
  }
}
