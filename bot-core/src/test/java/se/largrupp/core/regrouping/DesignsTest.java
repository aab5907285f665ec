package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins every construction: each round splits all points into blocks of one size, and two points meet at most once. */
class DesignsTest {

    /** Checks the design independently of {@link Design#meetings()}; returns how many pairs meet. */
    private static int assertPacking(Design d, int blockSize) {
        Set<Long> met = new HashSet<>();
        for (int[][] round : d.rounds()) {
            boolean[] seen = new boolean[d.points()];
            for (int[] block : round) {
                assertThat(block).as(d.name()).hasSize(blockSize);
                for (int p : block) {
                    assertThat(p).isBetween(0, d.points() - 1);
                    assertThat(seen[p]).as(d.name() + ": point " + p + " twice in a round").isFalse();
                    seen[p] = true;
                }
                for (int a : block)
                    for (int b : block)
                        if (a < b) assertThat(met.add((long) a * d.points() + b)).as(d.name() + ": " + a + "," + b + " meet twice").isTrue();
            }
            for (boolean s : seen) assertThat(s).as(d.name() + ": a point left out of a round").isTrue();
        }
        return met.size();
    }

    private static Design developed(int points) {
        return DevelopedDesign.all().stream().filter(d -> d.points() == points).findFirst().orElseThrow();
    }

    @Test
    void the_kirkman_systems_on_15_and_39_points_meet_every_pair_exactly_once_in_threes() {
        assertThat(developed(15).rounds().length).isEqualTo(7);
        assertThat(assertPacking(developed(15), 3)).isEqualTo(15 * 14 / 2);
        assertThat(developed(39).rounds().length).isEqualTo(19);
        assertThat(assertPacking(developed(39), 3)).isEqualTo(39 * 38 / 2);
    }

    @Test
    void the_resolvable_design_on_28_points_meets_every_pair_exactly_once_in_9_rounds() {
        Design d = developed(28);
        assertThat(d.rounds().length).isEqualTo(9);
        assertThat(assertPacking(d, 4)).isEqualTo(28 * 27 / 2);
    }

    @Test
    void the_resolvable_design_on_40_points_meets_every_pair_exactly_once_in_13_rounds() {
        Design d = developed(40);
        assertThat(d.rounds().length).isEqualTo(13);
        assertThat(assertPacking(d, 4)).isEqualTo(40 * 39 / 2);
    }

    @Test
    void the_resolvable_design_on_52_points_meets_every_pair_exactly_once_in_17_rounds() {
        Design d = developed(52);
        assertThat(d.rounds().length).isEqualTo(17);
        assertThat(assertPacking(d, 4)).isEqualTo(52 * 51 / 2);
    }

    @Test
    void the_design_on_24_points_gives_7_rounds_and_leaves_only_its_eight_triples_apart() {
        Design d = developed(24);
        assertThat(d.rounds().length).isEqualTo(7);
        assertThat(assertPacking(d, 4)).isEqualTo(24 * 23 / 2 - 8 * 3);
    }

    @Test
    void the_32_golfers_play_10_rounds_and_only_the_pairs_i_and_i_plus_16_never_meet() {
        Design d = TableDesign.all().get(0);
        assertThat(d.rounds().length).isEqualTo(10);
        assertThat(assertPacking(d, 4)).isEqualTo(32 * 31 / 2 - 16);
        int[][] meet = d.meetings();
        for (int i = 0; i < 16; i++) assertThat(meet[i][i + 16]).isEqualTo(-1);
    }

    @Test
    void the_design_on_36_points_gives_10_rounds() {
        Design d = developed(36);
        assertThat(d.rounds().length).isEqualTo(10);
        assertThat(assertPacking(d, 4)).isEqualTo(10 * 9 * 6);
    }

    @Test
    void the_affine_designs_give_g_rounds_and_one_more_when_the_size_divides_g() {
        for (int g : new int[] {2, 3, 4, 5, 7, 8, 9, 11, 16})
            for (int s = 2; s <= Math.min(g, 5); s++) {
                Design d = AffineDesign.of(g, s);
                assertThat(d.rounds().length).as(g + " groups of " + s).isEqualTo(g + (g % s == 0 ? 1 : 0));
                assertPacking(d, s);
            }
        assertThat(AffineDesign.of(6, 4)).isNull();
        assertThat(AffineDesign.of(4, 5)).isNull();
    }

    @Test
    void the_lines_of_affine_space_meet_every_pair_exactly_once() {
        Design fours = AffineGeometry.of(16, 4);
        assertThat(fours.rounds().length).isEqualTo(21);
        assertThat(assertPacking(fours, 4)).isEqualTo(64 * 63 / 2);
        Design threes = AffineGeometry.of(9, 3);
        assertThat(threes.rounds().length).isEqualTo(13);
        assertThat(assertPacking(threes, 3)).isEqualTo(27 * 26 / 2);
        assertThat(AffineGeometry.of(4, 4)).as("the plane is the affine design's").isNull();
        assertThat(AffineGeometry.of(12, 4)).isNull();
    }

    @Test
    void leaving_points_out_keeps_the_sizes_and_spends_at_most_one_round() {
        record Case(int[] sizes, int rounds) {}
        for (Case c : List.of(new Case(sizes(6, 1), 9), new Case(sizes(5, 2), 8), new Case(sizes(4, 3), 8),
                new Case(sizes(3, 4), 8), new Case(sizes(5, 1), 7), new Case(sizes(4, 2), 7), new Case(sizes(7, 1), 10),
                new Case(sizes(6, 2), 10), new Case(sizes(6, 3), 10), new Case(sizes(9, 1), 13), new Case(sizes(8, 2), 12),
                new Case(sizes(7, 3), 12), new Case(sizes(2, 3), 5))) {
            int[][][] rounds = Designs.best(c.sizes());
            assertThat(rounds.length).as(Arrays.toString(c.sizes())).isGreaterThanOrEqualTo(c.rounds());
            int n = Arrays.stream(c.sizes()).sum();
            Set<Long> met = new HashSet<>();
            for (int[][] round : rounds) {
                assertThat(Arrays.stream(round).mapToInt(g -> g.length).toArray()).isEqualTo(c.sizes());
                assertThat(Arrays.stream(round).flatMapToInt(Arrays::stream).sorted().toArray())
                        .isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
                for (int[] g : round) for (int a : g) for (int b : g) if (a < b) assertThat(met.add((long) a * n + b)).isTrue();
            }
        }
    }

    private static int[] sizes(int fours, int threes) {
        int[] out = new int[fours + threes];
        Arrays.fill(out, 0, fours, 4);
        Arrays.fill(out, fours, out.length, 3);
        return out;
    }
}
