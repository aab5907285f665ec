package se.largrupp.core.regrouping;

/**
 * The affine construction for g groups of s ≤ g with g a prime power ({@link GaloisField}): point (x, y) — x in the
 * field, y one of s field elements — joins group c = x − m·y in round m. Two points meet in at most one of these g rounds
 * (a resolvable affine design); when s divides g, one more round groups each y-class among itself. Points with the same
 * y never meet in the first g rounds, which {@link Fitting} uses when it leaves points out.
 */
final class AffineDesign {
    private AffineDesign() {}

    /** Null when g is not a prime power with a field, or s > g. */
    static Design of(int g, int s) {
        GaloisField f = g < 2 || s < 2 || s > g ? null : GaloisField.of(g);
        if (f == null) return null;
        int rounds = g + (g % s == 0 ? 1 : 0);
        int[][][] out = new int[rounds][g][s];
        for (int m = 0; m < rounds; m++)
            for (int c = 0; c < g; c++)
                for (int y = 0; y < s; y++) {
                    int x = m < g ? f.add(f.mul(m, y), c) : (c % (g / s)) * s + y;
                    int cls = m < g ? y : c / (g / s);
                    out[m][c][y] = cls * g + x;
                }
        return new Design("affine GF(" + g + ")", g * s, out);
    }
}
