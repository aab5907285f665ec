package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The known constructions, and the one that gives a pool's group sizes the most rounds. */
final class Designs {
    private Designs() {}

    static List<Design> all(int groups, int size) {
        List<Design> out = new ArrayList<>();
        Design affine = AffineDesign.of(groups, size);
        if (affine != null) out.add(affine);
        Design geometry = AffineGeometry.of(groups, size);
        if (geometry != null) out.add(geometry);
        for (List<Design> family : List.of(DevelopedDesign.all(), TableDesign.all()))
            for (Design d : family) if (d.rounds()[0].length == groups && d.blockSize() == size) out.add(d);
        return out;
    }

    /** The fitted rounds (see {@link Fitting}) of the construction with the most of them; empty when none fits. */
    static int[][][] best(int[] sizes) {
        int max = Arrays.stream(sizes).max().orElse(0);
        int[][][] best = new int[0][][];
        for (Design d : all(sizes.length, max)) {
            int[][][] fitted = Fitting.fit(d, sizes);
            if (fitted != null && fitted.length > best.length) best = fitted;
        }
        return best;
    }
}
