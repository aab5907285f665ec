package se.largrupp.core.regrouping;

import java.util.SplittableRandom;

/**
 * A constructive start for planning several rounds of equal groups when nothing but repeats costs anything
 * (the Social Golfer setting): with g groups of s ≤ g and g a prime or a power of two, leader (x, y) — x in the field
 * GF(g), y one of s field elements — joins group c = x − m·y in round m. Two leaders meet in at most one of these g
 * rounds (a resolvable affine design); when s divides g, one more round groups each y-class among itself. The tabu
 * search then starts from there instead of from scratch.
 */
final class AffineStart {
    private static final int[] IRREDUCIBLE = {0, 0, 0b111, 0b1011, 0b10011, 0b100101, 0b1000011, 0b10001001};

    private final int g;
    private final int s;
    private final int bits;
    private final int[] relabel;

    private AffineStart(int g, int s, int bits, int n, SplittableRandom random) {
        this.g = g;
        this.s = s;
        this.bits = bits;
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
        if (isPrime(g)) return new AffineStart(g, s, 0, n, random);
        int bits = Integer.numberOfTrailingZeros(g);
        if (Integer.bitCount(g) == 1 && bits < IRREDUCIBLE.length) return new AffineStart(g, s, bits, n, random);
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
        return bits == 0 ? (a + b) % g : a ^ b;
    }

    private int mul(int a, int b) {
        if (bits == 0) return a * b % g;
        int r = 0;
        for (int i = 0; i < bits; i++) if ((b >> i & 1) != 0) r ^= a << i;
        for (int i = 2 * bits - 2; i >= bits; i--) if ((r >> i & 1) != 0) r ^= IRREDUCIBLE[bits] << (i - bits);
        return r;
    }

    private static boolean isPrime(int v) {
        if (v < 2) return false;
        for (int d = 2; d * d <= v; d++) if (v % d == 0) return false;
        return true;
    }
}
