package se.largrupp.core.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.leaders.Language;

/**
 * The keyword phrases of one kind (command words, confirmations, weekdays …), each with what it means and the
 * languages it belongs to. The parser reads keywords only through these tables, so the vocabulary can also say which
 * language a quoted command is written in (the bundles' tests ask it).
 */
final class Keywords<T> {
    /** @param words the phrase in lower case, one word per element ("gå", "med") */
    record Entry<T>(List<String> words, T meaning, Set<Language> languages) {}

    private final List<Entry<T>> entries;

    private Keywords(List<Entry<T>> entries) {
        List<Entry<T>> longestFirst = new ArrayList<>(entries);
        longestFirst.sort(Comparator.comparingInt((Entry<T> e) -> e.words().size()).reversed());
        this.entries = List.copyOf(longestFirst);
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Consumes the longest phrase at the reading position, if one is there. */
    Optional<T> accept(Tokens w) {
        for (Entry<T> e : entries) if (w.accept(e.words().toArray(String[]::new))) return Optional.of(e.meaning());
        return Optional.empty();
    }

    /** The meaning of a one-word keyword, e.g. {@code "tisdag"} → Tuesday. */
    Optional<T> meaning(String word) {
        for (Entry<T> e : entries) if (e.words().size() == 1 && e.words().get(0).equals(word)) return Optional.of(e.meaning());
        return Optional.empty();
    }

    boolean has(String word) {
        return meaning(word).isPresent();
    }

    List<Entry<T>> entries() {
        return entries;
    }

    static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();

        Builder<T> sv(T meaning, String... phrases) {
            return add(meaning, EnumSet.of(Language.SV), phrases);
        }

        Builder<T> en(T meaning, String... phrases) {
            return add(meaning, EnumSet.of(Language.EN), phrases);
        }

        /** Words both languages use: {@code status}, {@code admin}, {@code lunch}, {@code 45 min}. */
        Builder<T> both(T meaning, String... phrases) {
            return add(meaning, EnumSet.allOf(Language.class), phrases);
        }

        private Builder<T> add(T meaning, Set<Language> languages, String... phrases) {
            for (String p : phrases) entries.add(new Entry<>(List.of(p.split(" ")), meaning, Set.copyOf(languages)));
            return this;
        }

        Keywords<T> build() {
            return new Keywords<>(entries);
        }
    }
}
