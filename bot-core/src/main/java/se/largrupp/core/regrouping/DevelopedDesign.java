package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolvable designs by the difference method: the points are (x, t) — x in an abelian group G, t one of a few types —
 * and a few fixed points f; each base class below is one round, and adding each element of G to every x gives the other
 * rounds (the fixed points stay). A base class works when, over all its blocks, every difference x − y between two
 * points of types t and u occurs at most once; then two points share a block in at most one round. The base classes
 * were found for this project by a randomised backtracking search over such differences (for 40, one invariant under
 * x ↦ 3x, for 39 under x ↦ 7x, for 52 under turning the types round); {@code DesignsTest} checks every round and
 * pair.
 */
final class DevelopedDesign {
    /**
     * @param moduli  G as a product of cyclic groups; an element is x = x0 + m0·x1 + …
     * @param classes blocks separated by "|", points as "x.t" or "f" + index for a fixed point
     */
    private record Base(String name, int[] moduli, int types, int fixed, String... classes) {}

    private static final List<Base> BASES = List.of(
            // 15 = 2·7 + 1 in 3s: Kirkman's schoolgirls, a Kirkman triple system: every pair exactly once in 7 rounds.
            new Base("difference family over Z7 (Kirkman)", new int[] {7}, 2, 1,
                    "f0 0.0 0.1 | 5.0 6.1 1.0 | 6.0 3.1 4.0 | 5.1 3.0 2.0 | 2.1 1.1 4.1"),
            // 39 = 2·19 + 1 in 3s: a Kirkman triple system, every pair exactly once in 19 rounds.
            new Base("difference family over Z19 (Kirkman)", new int[] {19}, 2, 1,
                    "f0 0.0 0.1 | 5.1 17.0 11.0 | 16.1 5.0 1.0 | 17.1 16.0 7.0 | 1.1 6.0 8.0 | 7.1 4.0 18.0 | 11.1 9.0 12.0"
                            + " | 15.0 12.1 3.0 | 10.0 8.1 2.0 | 13.0 18.1 14.0 | 10.1 4.1 2.1 | 13.1 9.1 14.1 | 15.1 6.1 3.1"),
            // 24 = 3·7 + 3: a resolvable 4-GDD of type 3^8, groups {(x,0),(x,1),(x,2)} and the fixed points: 7 rounds.
            new Base("difference family over Z7", new int[] {7}, 3, 3,
                    "f0 6.2 4.1 0.0 | f1 3.2 5.0 6.1 | f2 2.2 6.0 1.1 | 5.2 0.2 3.0 4.2 | 2.1 3.1 5.1 1.2 | 1.0 0.1 2.0 4.0"),
            // 28 = 3·9 + 1: a resolvable BIBD(28,4,1) over GF(9) = Z3 × Z3, every pair exactly once in 9 rounds.
            new Base("difference family over GF(9)", new int[] {3, 3}, 3, 1,
                    "f0 0.0 0.1 0.2 | 5.2 7.2 2.1 1.1 | 4.2 5.0 8.2 7.0 | 1.0 7.1 5.1 2.0 | 1.2 6.0 2.2 3.0 | 4.1 8.1 3.2 6.2"
                            + " | 3.1 6.1 8.0 4.0"),
            // 36 = 3·10 + 6: 10 rounds (the bound is 11); the six fixed points never meet each other.
            new Base("difference family over Z10", new int[] {10}, 3, 6,
                    "f0 6.2 6.1 1.0 | f1 1.1 3.2 5.0 | f2 0.1 9.2 9.0 | f3 0.2 6.0 4.1 | f4 2.2 5.1 3.0 | f5 1.2 8.1 4.0"
                            + " | 7.0 7.1 0.0 8.0 | 8.2 2.0 4.2 5.2 | 3.1 9.1 2.1 7.2"),
            // 40 = 3·13 + 1: a resolvable BIBD(40,4,1), every pair exactly once in 13 rounds.
            new Base("difference family over Z13", new int[] {13}, 3, 1,
                    "f0 0.0 0.1 0.2 | 6.0 1.0 3.1 4.1 | 5.0 3.0 9.1 12.1 | 2.0 9.0 1.1 10.1 | 11.0 3.2 12.0 7.2"
                            + " | 7.0 9.2 10.0 8.2 | 8.0 1.2 4.0 11.2 | 6.2 2.1 8.1 4.2 | 5.2 6.1 11.1 12.2 | 2.2 5.1 7.1 10.2"),
            // 52 = 3·17 + 1: a resolvable BIBD(52,4,1), every pair exactly once in 17 rounds.
            new Base("difference family over Z17", new int[] {17}, 3, 1,
                    "f0 0.0 0.1 0.2 | 5.1 11.0 1.0 3.1 | 5.2 11.1 1.1 3.2 | 5.0 11.2 1.2 3.0 | 15.1 10.2 9.0 12.1"
                            + " | 15.2 10.0 9.1 12.2 | 15.0 10.1 9.2 12.0 | 8.0 4.1 13.0 14.0 | 8.1 4.2 13.1 14.1"
                            + " | 8.2 4.0 13.2 14.2 | 7.1 6.0 2.0 16.1 | 7.2 6.1 2.1 16.2 | 7.0 6.2 2.2 16.0"));

    private static final List<Design> DESIGNS = BASES.stream().map(DevelopedDesign::develop).toList();

    private DevelopedDesign() {}

    static List<Design> all() {
        return DESIGNS;
    }

    private static Design develop(Base base) {
        int order = 1;
        for (int m : base.moduli()) order *= m;
        int points = order * base.types() + base.fixed();
        List<int[][]> rounds = new ArrayList<>();
        for (String cls : base.classes()) {
            String[] blocks = cls.split("\\|");
            for (int shift = 0; shift < order; shift++) {
                int[][] round = new int[blocks.length][];
                for (int b = 0; b < blocks.length; b++) {
                    String[] members = blocks[b].trim().split(" +");
                    round[b] = new int[members.length];
                    for (int i = 0; i < members.length; i++) round[b][i] = point(members[i], shift, base, order);
                }
                rounds.add(round);
            }
        }
        return new Design(base.name(), points, rounds.toArray(new int[0][][]));
    }

    private static int point(String text, int shift, Base base, int order) {
        if (text.startsWith("f")) return order * base.types() + Integer.parseInt(text.substring(1));
        int dot = text.indexOf('.');
        int x = Integer.parseInt(text.substring(0, dot));
        int type = Integer.parseInt(text.substring(dot + 1));
        return type * order + add(x, shift, base.moduli());
    }

    /** x + y in the product of cyclic groups, digit by digit. */
    private static int add(int x, int y, int[] moduli) {
        int sum = 0;
        for (int i = moduli.length - 1; i >= 0; i--) {
            int weight = 1;
            for (int j = 0; j < i; j++) weight *= moduli[j];
            sum += ((x / weight % moduli[i] + y / weight % moduli[i]) % moduli[i]) * weight;
        }
        return sum;
    }
}
