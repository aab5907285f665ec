package se.largrupp.core.leaders;

import java.util.Locale;
import java.util.Optional;

/** The languages Lärgrupp speaks. Swedish is the default of the programme. */
public enum Language {
    SV, EN;

    public Locale locale() {
        return this == SV ? Locale.forLanguageTag("sv-SE") : Locale.ENGLISH;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps a platform locale such as {@code sv-SE}, {@code en_US} or {@code sv}; others are unknown. */
    public static Optional<Language> fromLocaleTag(String tag) {
        if (tag == null) return Optional.empty();
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("sv")) return Optional.of(SV);
        if (t.startsWith("en")) return Optional.of(EN);
        return Optional.empty();
    }
}
