package se.largrupp.core.regrouping;

/**
 * A resolvable packing: {@code points} points and rounds that each split all of them into blocks, such that two points
 * share a block in at most one round. Constructions produce one; {@link Fitting} cuts it to a pool's group sizes.
 *
 * @param name   where it comes from, for tests and the benchmark
 * @param rounds rounds[r][b]: the points of block b in round r
 */
record Design(String name, int points, int[][][] rounds) {

    int blockSize() {
        return rounds[0][0].length;
    }

    /** meet[a][b]: the round in which a and b share a block, or -1; the packing property makes it one round at most. */
    int[][] meetings() {
        int[][] meet = new int[points][points];
        for (int[] row : meet) java.util.Arrays.fill(row, -1);
        for (int r = 0; r < rounds.length; r++)
            for (int[] block : rounds[r])
                for (int a : block) for (int b : block) if (a != b) meet[a][b] = r;
        return meet;
    }
}
