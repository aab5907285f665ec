package se.largrupp.core.regrouping;

/** The finite field GF(p^k) for the few orders the constructions need; elements are 0..q−1, digits base p. */
final class GaloisField {
    /** {p, k, lower coefficients of a monic irreducible polynomial of degree k over GF(p), constant term first}. */
    private static final int[][] FIELDS = {
            {2, 2, 1, 1}, {2, 3, 1, 1, 0}, {2, 4, 1, 1, 0, 0}, {2, 5, 1, 0, 1, 0, 0}, {2, 6, 1, 1, 0, 0, 0, 0},
            {3, 2, 1, 0}, {3, 3, 1, 2, 0}, {5, 2, 2, 0}, {7, 2, 1, 0}};

    final int q;
    private final int p;
    private final int k;
    private final int[] poly;

    private GaloisField(int p, int k, int[] poly) {
        this.p = p;
        this.k = k;
        this.poly = poly;
        this.q = (int) Math.pow(p, k);
    }

    /** Null when q is neither a prime nor one of the prime powers listed above. */
    static GaloisField of(int q) {
        if (isPrime(q)) return new GaloisField(q, 1, new int[] {0});
        for (int[] f : FIELDS)
            if ((int) Math.pow(f[0], f[1]) == q) return new GaloisField(f[0], f[1], java.util.Arrays.copyOfRange(f, 2, f.length));
        return null;
    }

    int add(int a, int b) {
        int r = 0;
        for (int i = 0, w = 1; i < k; i++, w *= p) r += ((a / w % p + b / w % p) % p) * w;
        return r;
    }

    int mul(int a, int b) {
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
