package se.largrupp.core.continuity;

import java.util.Locale;
import java.util.Optional;

/** {@code LARGRUPP_PLACEMENT}: how newcomers are placed between regroupings. */
public enum PlacementMode {
    /** The bot places them, refills shrinking groups and offers merges and new groups by itself (the default). */
    AUTO,
    /** Every placement and every new group of waiting leaders goes to the admins first, with Approve / Skip. */
    APPROVE,
    /** Newcomers wait for the next regrouping; leaders can still start groups of their own. */
    OFF;

    public static Optional<PlacementMode> parse(String text) {
        if (text == null || text.isBlank()) return Optional.of(AUTO);
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
