package se.largrupp.slack.blocks;

/**
 * Slack's text escaping: {@code &}, {@code <} and {@code >} are control characters in mrkdwn (links, mentions), so a
 * department called "R&D <Nord>" must be sent as {@code R&amp;D &lt;Nord&gt;}. The core's {@code *bold*} is already
 * Slack's bold, so it passes through.
 */
public final class Mrkdwn {
    private Mrkdwn() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Slack caps most text fields; cut with an ellipsis rather than have the whole message refused. */
    public static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
