package se.largrupp.core.commands;

import java.util.Optional;
import se.largrupp.core.groups.Cadence;

/**
 * "every 2 weeks", "every other week", "every fourth week", "biweekly", "varannan vecka", "var fjärde vecka",
 * "var 4:e vecka". Weekly or every third week are not cadences of the programme and are refused.
 */
final class Cadences {
    private Cadences() {}

    static boolean startsCadence(Tokens w) {
        return TimeWords.CADENCE_START.has(w.peek());
    }

    /** Reads a cadence phrase; empty when it names a cadence the programme does not have (the caller refuses). */
    static Optional<Cadence> read(Tokens w) {
        int start = TimeWords.CADENCE_START.accept(w).orElse(-1);
        int weeks = start == 0 ? TimeWords.CADENCE_NUMBER.accept(w).orElse(-1) : start;
        if (TimeWords.WEEK.has(w.peek())) w.skip(1);
        return switch (weeks) {
            case 2 -> Optional.of(Cadence.EVERY_2_WEEKS);
            case 4 -> Optional.of(Cadence.EVERY_4_WEEKS);
            default -> Optional.empty();
        };
    }
}
