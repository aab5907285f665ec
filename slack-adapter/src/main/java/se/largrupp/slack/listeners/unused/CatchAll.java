package se.largrupp.slack.listeners.unused;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Patterns for catch-all listeners that never overlap the app's own. Bolt keeps each surface's listeners in a hash
 * map and takes the first pattern that matches, in no fixed order, so a plain {@code .*} beside {@code largrupp_join}
 * could win over it; a catch-all must leave out exactly what the real listeners take.
 */
public final class CatchAll {
    private CatchAll() {}

    /** Anything but the given ids. */
    public static Pattern except(Collection<String> ids) {
        String alternatives = ids.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("^(?!(?:" + alternatives + ")$).*$", Pattern.DOTALL);
    }

    public static Pattern any() {
        return Pattern.compile("^.*$", Pattern.DOTALL);
    }
}
