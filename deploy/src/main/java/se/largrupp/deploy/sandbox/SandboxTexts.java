package se.largrupp.deploy.sandbox;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import se.largrupp.core.leaders.Language;

/**
 * The page's own words, from the {@code sandbox} bundle (sv and en) beside the bot's other bundles. Patterns are
 * formatted with their placeholders kept, so the page gets {@code {0}} to fill in and {@code ''} already undone.
 */
final class SandboxTexts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Object[] KEEP = {"{0}", "{1}", "{2}", "{3}"};

    Map<String, String> all(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("largrupp/i18n/sandbox", language.locale(), NO_FALLBACK);
        Map<String, String> out = new TreeMap<>();
        for (String key : bundle.keySet())
            out.put(key.substring("sandbox.".length()), new MessageFormat(bundle.getString(key), language.locale()).format(KEEP));
        return out;
    }
}
