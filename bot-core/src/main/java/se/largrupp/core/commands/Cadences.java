package se.largrupp.core.commands;

import java.util.Optional;
import java.util.Set;
import se.largrupp.core.groups.Cadence;

/**
 * "every 2 weeks", "every other week", "every fourth week", "biweekly", "varannan vecka", "var fjärde vecka",
 * "var 4:e vecka". Weekly or every third week are not cadences of the programme and are refused.
 */
final class Cadences {
    private static final Set<String> TWO = Set.of("2", "two", "other", "second", "2nd");
    private static final Set<String> FOUR = Set.of("4", "four", "fourth", "4th");
    private static final Set<String> SV_TWO = Set.of("annan", "andra", "2:a", "2");
    private static final Set<String> SV_FOUR = Set.of("fjärde", "fjarde", "4:e", "4");
    private static final Set<String> WEEK = Set.of("week", "weeks", "wk", "wks", "vecka", "veckor", "v");

    private Cadences() {}

    static boolean startsCadence(Tokens w) {
        String word = w.peek();
        return word.equals("every") || word.equals("varannan") || word.equals("var") || word.equals("varje")
                || word.equals("biweekly") || word.equals("fortnightly") || word.equals("weekly");
    }

    /** Reads a cadence phrase; empty when it names a cadence the programme does not have (the caller refuses). */
    static Optional<Cadence> read(Tokens w) {
        String first = w.take().toLowerCase(java.util.Locale.ROOT);
        Optional<Cadence> result = switch (first) {
            case "biweekly", "fortnightly" -> Optional.of(Cadence.EVERY_2_WEEKS);
            case "varannan" -> Optional.of(Cadence.EVERY_2_WEEKS);
            case "every" -> number(w, TWO, FOUR);
            case "var" -> number(w, SV_TWO, SV_FOUR);
            default -> Optional.empty();
        };
        if (WEEK.contains(w.peek())) w.skip(1);
        return result;
    }

    private static Optional<Cadence> number(Tokens w, Set<String> two, Set<String> four) {
        String n = w.peek();
        if (two.contains(n)) { w.skip(1); return Optional.of(Cadence.EVERY_2_WEEKS); }
        if (four.contains(n)) { w.skip(1); return Optional.of(Cadence.EVERY_4_WEEKS); }
        return Optional.empty();
    }
}
