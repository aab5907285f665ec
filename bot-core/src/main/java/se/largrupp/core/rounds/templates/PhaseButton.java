package se.largrupp.core.rounds.templates;

import java.util.Locale;
import java.util.Optional;

/** The buttons a template lets a phase's card show. */
public enum PhaseButton {
    NEXT, NEXT_PERSON, EXTEND, HOLD, STOP;

    /** The spelling in a template file: {@code next}, {@code next-person} … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PhaseButton> fromKey(String key) {
        for (PhaseButton b : values()) if (b.key().equals(key.strip().toLowerCase(Locale.ROOT))) return Optional.of(b);
        return Optional.empty();
    }
}
