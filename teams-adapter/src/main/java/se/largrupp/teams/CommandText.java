package se.largrupp.teams;

import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.regex.Pattern;

/** The command text of a typed message: the bot's mention and a leading "lärgrupp"/"largrupp" removed. */
final class CommandText {
    private static final Pattern LEADING_NAME = Pattern.compile("^/?l[äa]rgrupp\\b[\\s:,]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEFTOVER_AT = Pattern.compile("^\\s*<at>[^<]*</at>\\s*");

    private CommandText() {}

    static String of(Activity activity) {
        String text;
        try {
            text = Activity.removeRecipientMentionImmutable(activity);
        } catch (RuntimeException e) { // the SDK treats the mention as a regex; a name with '(' breaks it
            text = activity.getText();
        }
        return clean(text);
    }

    static String clean(String text) {
        if (text == null) return "";
        String t = text.replace('\u00a0', ' ').replace("&nbsp;", " ").trim();
        // Channel messages start with the bot's <at>name</at>; when the SDK could not strip it, drop it here.
        t = LEFTOVER_AT.matcher(t).replaceFirst("");
        t = LEADING_NAME.matcher(t).replaceFirst("").trim();
        return t.toLowerCase(Locale.ROOT).equals("lärgrupp") || t.toLowerCase(Locale.ROOT).equals("largrupp") ? "" : t;
    }
}
