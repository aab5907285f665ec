package se.largrupp.core.regrouping;

import java.util.SplittableRandom;

/**
 * A constructive start for planning several rounds of equal groups when nothing but repeats costs anything
 * (the Social Golfer setting): with g groups of s ≤ g and g a prime power with a field below, leader (x, y) — x in the
 * field GF(g), y one of s field elements — joins group c = x − m·y in round m. Two leaders meet in at most one of these
 * g rounds (a resolvable affine design); when s divides g, one more round groups each y-class among itself. The tabu
 * search then starts from there instead of from scratch.
 */
final class AffineStart {
    /** {p, k, lower coefficients of a monic irreducible polynomial of degree k over GF(p), constant term first}. */
    private static final int[][] FIELDS = {
            {2, 2, 1, 1}, {2, 3, 1, 1, 0}, {2, 4, 1, 1, 0, 0}, {2, 5, 1, 0, 1, 0, 0}, {2, 6, 1, 1, 0, 0, 0, 0},
            {3, 2, 1, 0}, {3, 3, 1, 2, 0}, {5, 2, 2, 0}, {7, 2, 1, 0}};

    private final int g;
    private final int s;
    private final int p;
    private final int k;
    private final int[] poly;
    private final int[] relabel;

    private AffineStart(int g, int s, int p, int k, int[] poly, int n, SplittableRandom random) {
        this.g = g;
        this.s = s;
        this.p = p;
        this.k = k;
        this.poly = poly;
        relabel = new int[n];
        for (int i = 0; i < n; i++) relabel[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = relabel[i];
            relabel[i] = relabel[j];
            relabel[j] = t;
        }
    }

    /** Null when the sizes or the group count do not allow the construction. */
    static AffineStart of(int[] sizes, int n, SplittableRandom random) {
        int g = sizes.length;
        int s = sizes[0];
        for (int size : sizes) if (size != s) return null;
        if (g < 2 || s > g || s * g != n) return null;
        if (isPrime(g)) return new AffineStart(g, s, g, 1, new int[] {0}, n, random);
        for (int[] f : FIELDS) {
            if ((int) Math.pow(f[0], f[1]) == g)
                return new AffineStart(g, s, f[0], f[1], java.util.Arrays.copyOfRange(f, 2, f.length), n, random);
        }
        return null;
    }

    /** How many rounds the construction provides. */
    int rounds() {
        return g + (g % s == 0 ? 1 : 0);
    }

    /** The members of group {@code c} in round {@code m} (m < {@link #rounds()}). */
    int[] group(int m, int c) {
        int[] out = new int[s];
        for (int y = 0; y < s; y++) {
            int x = m < g ? add(mul(m, y), c) : (c % (g / s)) * s + y;
            int cls = m < g ? y : c / (g / s);
            out[y] = relabel[cls * g + x];
        }
        return out;
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
