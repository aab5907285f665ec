package se.largrupp.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.leaders.Language;

/**
 * All user-facing text, from UTF-8 resource bundles under {@code largrupp/i18n/}. A key's first segment names its
 * bundle, so each feature owns one file pair: {@code rounds.turn.floor} lives in {@code largrupp/i18n/rounds_sv.properties}
 * and {@code rounds_en.properties}. Every text goes through {@link MessageFormat}: write a literal apostrophe as {@code ''}.
 */
public final class Texts {
    private static final String ROOT = "largrupp/i18n/";
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public String get(Language language, String key, Object... args) {
        String pattern = bundle(language, key).getString(key);
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** A numbered list such as {@code prompts.question.1 … prompts.question.N}: every key {@code prefix.1} onwards. */
    public List<String> list(Language language, String prefix) {
        ResourceBundle bundle = bundle(language, prefix + ".1");
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 1; bundle.containsKey(prefix + "." + i); i++) out.add(get(language, prefix + "." + i));
        return out;
    }

    public boolean has(Language language, String key) {
        try {
            return bundle(language, key).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private ResourceBundle bundle(Language language, String key) {
        int dot = key.indexOf('.');
        if (dot < 1) throw new IllegalArgumentException("text key without a bundle prefix: " + key);
        String name = ROOT + key.substring(0, dot);
        return bundles.computeIfAbsent(name + "_" + language.code(),
                k -> ResourceBundle.getBundle(name, language.locale(), NO_FALLBACK));
    }

    // Without this, a missing Swedish file would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
