package se.largrupp.core.regrouping;

import java.util.Arrays;
import java.util.List;

/**
 * Designs no construction here produces, written out. 32 in 8 groups of 4 for 10 rounds is the Social Golfer problem's
 * original instance (CSPLib 10); the schedule is A. Aguado's of 2004 (see M. Triska, "The Social Golfer Problem",
 * metalevel.at/sgp), relabelled so that the 16 pairs it never groups are {i, i + 16}. {@code DesignsTest} checks it.
 */
final class TableDesign {
    private static final String[] GOLFERS_32 = {
            "0 1 2 3 | 4 5 6 7 | 8 9 10 11 | 12 13 14 15 | 16 17 18 19 | 20 21 22 23 | 24 25 26 27 | 28 29 30 31",
            "0 4 8 28 | 1 7 18 22 | 2 6 17 23 | 3 5 10 31 | 9 14 27 29 | 11 13 25 30 | 12 16 20 24 | 15 19 21 26",
            "0 21 27 30 | 1 23 26 28 | 2 9 15 20 | 3 6 13 24 | 4 18 25 31 | 5 11 14 16 | 7 10 12 17 | 8 19 22 29",
            "0 11 18 24 | 1 10 19 25 | 2 8 16 27 | 3 9 17 26 | 4 12 23 29 | 5 15 22 30 | 6 14 21 31 | 7 13 20 28",
            "0 10 13 22 | 1 4 15 27 | 2 21 25 28 | 3 7 8 30 | 5 9 12 18 | 6 16 26 29 | 11 17 20 31 | 14 19 23 24",
            "0 9 23 31 | 1 5 24 29 | 2 12 19 30 | 3 14 18 28 | 4 11 22 26 | 6 10 20 27 | 7 15 16 25 | 8 13 17 21",
            "0 5 19 20 | 1 6 9 30 | 2 7 11 29 | 3 4 16 21 | 8 12 26 31 | 10 15 24 28 | 13 18 23 27 | 14 17 22 25",
            "0 15 17 29 | 1 13 16 31 | 2 4 10 14 | 3 12 22 27 | 5 8 23 25 | 6 11 19 28 | 7 9 21 24 | 18 20 26 30",
            "0 6 12 25 | 1 8 14 20 | 2 5 13 26 | 3 11 15 23 | 4 17 24 30 | 7 19 27 31 | 9 16 22 28 | 10 18 21 29",
            "0 7 14 26 | 1 11 12 21 | 2 22 24 31 | 3 20 25 29 | 4 9 13 19 | 5 17 27 28 | 6 8 15 18 | 10 16 23 30"};

    private static final List<Design> DESIGNS = List.of(parse("Social Golfer schedule 8-4-10 (Aguado 2004)", 32, GOLFERS_32));

    private TableDesign() {}

    static List<Design> all() {
        return DESIGNS;
    }

    private static Design parse(String name, int points, String[] rows) {
        int[][][] rounds = new int[rows.length][][];
        for (int r = 0; r < rows.length; r++)
            rounds[r] = Arrays.stream(rows[r].split("\\|"))
                    .map(g -> Arrays.stream(g.trim().split(" +")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
        return new Design(name, points, rounds);
    }
}
