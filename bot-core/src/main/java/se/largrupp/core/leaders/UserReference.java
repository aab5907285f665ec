package se.largrupp.core.leaders;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what a leader typed to name someone (a mention {@code <@U123>} or a bare user id) into a leader id. */
public final class UserReference {
    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._:-]{1,100})(?:\\|[^>]*)?>");
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private UserReference() {}

    /** Whether the text is a platform's mention ({@code <@U123>}), as opposed to an id typed by hand. */
    public static boolean isMention(String typed) {
        return typed != null && MENTION.matcher(typed.trim()).matches();
    }

    /** Someone in the caller's own workspace: mentions cannot cross workspaces. */
    public static Optional<LeaderId> resolve(String typed, Workspace workspace) {
        if (typed == null) return Optional.empty();
        String t = typed.trim();
        Matcher m = MENTION.matcher(t);
        if (m.matches()) return Optional.of(new LeaderId(workspace, m.group(1)));
        if (BARE.matcher(t).matches()) return Optional.of(new LeaderId(workspace, t));
        return Optional.empty();
    }
}
