package se.largrupp.slack.outgoing;

import java.text.Normalizer;
import java.util.Locale;

/** Slack channel names: lowercase letters, digits, '-' and '_', at most 80 characters. */
public final class ChannelNames {
    static final int MAX = 80;

    private ChannelNames() {}

    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) slug = "largrupp";
        return slug.length() > MAX ? slug.substring(0, MAX) : slug;
    }

    /** The first attempt is the name itself; later ones add {@code -2}, {@code -3} … within the length limit. */
    static String withSuffix(String slug, int attempt) {
        if (attempt <= 1) return slug;
        String suffix = "-" + attempt;
        String head = slug.length() + suffix.length() > MAX ? slug.substring(0, MAX - suffix.length()) : slug;
        return head + suffix;
    }
}
