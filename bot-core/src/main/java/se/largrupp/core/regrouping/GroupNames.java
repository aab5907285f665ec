package se.largrupp.core.regrouping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of new groups: year, the regrouping's number within the year and the group's number, such as
 * {@code 2027v1-03}; and the conversation slug Slack accepts (lowercase letters, digits, '-' and '_', at most 80).
 */
public final class GroupNames {
    static final int MAX_SLUG = 80;

    private GroupNames() {}

    public static String name(int year, int generationInYear, int number) {
        return year + "v" + generationInYear + "-" + String.format(Locale.ROOT, "%02d", number);
    }

    public static String slug(String name) {
        String ascii = Normalizer.normalize("largrupp-" + name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-");
        return s.length() > MAX_SLUG ? s.substring(0, MAX_SLUG) : s;
    }
}
