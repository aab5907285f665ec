package se.largrupp.core.regrouping;

/**
 * The affine construction for g groups of s ≤ g with g a prime power (a field GF(g) below): point (x, y) — x in the
 * field, y one of s field elements — joins group c = x − m·y in round m. Two points meet in at most one of these g rounds
 * (a resolvable affine design); when s divides g, one more round groups each y-class among itself. Points with the same
 * y never meet in the first g rounds, which {@link Fitting} uses when it leaves points out.
 */
final class AffineDesign {
    /** {p, k, lower coefficients of a monic irreducible polynomial of degree k over GF(p), constant term first}. */
    private static final int[][] FIELDS = {
            {2, 2, 1, 1}, {2, 3, 1, 1, 0}, {2, 4, 1, 1, 0, 0}, {2, 5, 1, 0, 1, 0, 0}, {2, 6, 1, 1, 0, 0, 0, 0},
            {3, 2, 1, 0}, {3, 3, 1, 2, 0}, {5, 2, 2, 0}, {7, 2, 1, 0}};

    private final int p;
    private final int k;
    private final int[] poly;

    private AffineDesign(int p, int k, int[] poly) {
        this.p = p;
        this.k = k;
        this.poly = poly;
    }

    /** Null when g is not a prime power with a field below, or s > g. */
    static Design of(int g, int s) {
        if (g < 2 || s < 2 || s > g) return null;
        AffineDesign field = null;
        if (isPrime(g)) field = new AffineDesign(g, 1, new int[] {0});
        for (int[] f : FIELDS)
            if ((int) Math.pow(f[0], f[1]) == g) field = new AffineDesign(f[0], f[1], java.util.Arrays.copyOfRange(f, 2, f.length));
        return field == null ? null : field.design(g, s);
    }

    private Design design(int g, int s) {
        int rounds = g + (g % s == 0 ? 1 : 0);
        int[][][] out = new int[rounds][g][s];
        for (int m = 0; m < rounds; m++)
            for (int c = 0; c < g; c++)
                for (int y = 0; y < s; y++) {
                    int x = m < g ? add(mul(m, y), c) : (c % (g / s)) * s + y;
                    int cls = m < g ? y : c / (g / s);
                    out[m][c][y] = cls * g + x;
                }
        return new Design("affine GF(" + g + ")", g * s, out);
    }

    private int add(int a, int b) {
        int r = 0;
        for (int i = 0, w = 1; i < k; i++, w *= p) r += ((a / w % p + b / w % p) % p) * w;
        return r;
    }

    private int mul(int a, int b) {
        int[] prod = new int[2 * k - 1];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) prod[i + j] = (prod[i + j] + digit(a, i) * digit(b, j)) % p;
        // x^k = -(poly), reduce from the top.
        for (int d = 2 * k - 2; d >= k; d--) {
            int c = prod[d];
            if (c == 0) continue;
            prod[d] = 0;
            for (int i = 0; i < k; i++) prod[d - k + i] = ((prod[d - k + i] - c * poly[i]) % p + p) % p;
        }
        int r = 0;
        for (int i = k - 1; i >= 0; i--) r = r * p + prod[i];
        return r;
    }

    private int digit(int v, int i) {
        for (int j = 0; j < i; j++) v /= p;
        return v % p;
    }

    private static boolean isPrime(int v) {
        if (v < 2) return false;
        for (int d = 2; d * d <= v; d++) if (v % d == 0) return false;
        return true;
    }
}
