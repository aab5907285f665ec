package se.largrupp.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
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
        return clean(withLeaderMentions(activity, text));
    }

    /** Another person's mention becomes {@code <@entra-object-id>}, the core's form of a person (a manager, an admin). */
    private static String withLeaderMentions(Activity activity, String text) {
        if (text == null) return null;
        String out = text;
        for (Mention m : activity.getMentions()) {
            if (m.getMentioned() == null || m.getText() == null) continue;
            String aad = m.getMentioned().getAadObjectId();
            if (aad != null && !aad.isBlank()) out = out.replace(m.getText(), "<@" + aad + ">");
        }
        return out;
    }

    static String clean(String text) {
        if (text == null) return "";
        String t = text.replace('\u00a0', ' ').replace("&nbsp;", " ").trim();
        // Channel messages start with the bot's <at>name</at>; when the SDK could not strip it, drop it here.
        t = LEFTOVER_AT.matcher(t).replaceFirst("");
        t = LEADING_NAME.matcher(t).replaceFirst("").trim();
        return t;
    }
}
