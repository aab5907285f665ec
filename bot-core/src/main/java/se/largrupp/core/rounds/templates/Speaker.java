package se.largrupp.core.rounds.templates;

import java.util.Locale;
import java.util.Optional;

/** Who has the word in a phase: the case giver, the others (the case giver listens), or everyone together. */
public enum Speaker {
    CASE_GIVER, OTHERS, ALL;

    /** The spelling in a template file: {@code case-giver}, {@code others}, {@code all}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Speaker> fromKey(String key) {
        for (Speaker s : values()) if (s.key().equals(key.strip().toLowerCase(Locale.ROOT))) return Optional.of(s);
        return Optional.empty();
    }
}
