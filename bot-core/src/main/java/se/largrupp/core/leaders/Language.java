package se.largrupp.core.leaders;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Lärgrupp speaks. Swedish is the default of the programme. Which one a message is written in is decided
 * here, in one place: a reply follows the caller (their choice, else their platform's language, else Swedish; see the
 * command service), a message to one person follows {@link #forPerson}, and a message to a whole group follows
 * {@link #forGroup}.
 */
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

    /** A message to one person outside a conversation with them (an admin's notice): their choice, else Swedish. */
    public static Language forPerson(Optional<Leader> person) {
        return person.flatMap(Leader::language).orElse(SV);
    }

    /**
     * The language of every message to a whole group (welcome, nudges, rounds, departures, quorum, keep-alive …):
     * English when more than half of the members chose English, otherwise Swedish. A member who has not chosen counts
     * as Swedish, the programme's language (a group message has no platform locale to follow), so a tie is Swedish.
     * Members whose profile is gone (after "forget me") do not count.
     */
    public static Language forGroup(Collection<Leader> members) {
        long english = members.stream().filter(l -> l.language().orElse(SV) == EN).count();
        return english * 2 > members.size() ? EN : SV;
    }
}
