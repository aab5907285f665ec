package se.largrupp.slack.blocks;

import java.util.regex.Pattern;

/**
 * Every button and choice this adapter renders carries a tagged action id ({@code largrupp:<the core's id>}), so a
 * press can be told from actions the app never offered (another surface, a stale or foreign payload): only tagged
 * actions run the command in their value.
 */
public final class ActionIds {
    static final String TAG = "largrupp:";
    /** The action ids this adapter renders. */
    public static final Pattern OURS = Pattern.compile("^" + Pattern.quote(TAG) + ".+$", Pattern.DOTALL);
    /** Every other action id: exactly what {@link #OURS} leaves out, so the two listeners never compete. */
    public static final Pattern OTHERS = Pattern.compile("^(?!" + Pattern.quote(TAG) + ".).*$", Pattern.DOTALL);

    private ActionIds() {}

    public static String tag(String coreActionId) {
        return TAG + coreActionId;
    }
}
