package se.largrupp.core.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a command as typed (for free text) and in lower case (for keywords), with a read position. */
final class Tokens {
    private final List<String> raw;
    private int position;

    Tokens(List<String> raw) {
        this.raw = List.copyOf(raw);
    }

    boolean done() {
        return position >= raw.size();
    }

    int remaining() {
        return raw.size() - position;
    }

    /** The lower-case word {@code ahead} places on, or "" past the end. */
    String peek(int ahead) {
        int i = position + ahead;
        return i < raw.size() ? raw.get(i).toLowerCase(Locale.ROOT) : "";
    }

    String peek() {
        return peek(0);
    }

    String rawPeek() {
        return done() ? "" : raw.get(position);
    }

    String take() {
        return raw.get(position++);
    }

    void skip(int n) {
        position += n;
    }

    /** Consumes the phrase if the next words are exactly it. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) if (!peek(i).equals(words[i])) return false;
        position += words.length;
        return true;
    }

    List<String> rest() {
        List<String> out = new ArrayList<>(raw.subList(Math.min(position, raw.size()), raw.size()));
        position = raw.size();
        return out;
    }
}
