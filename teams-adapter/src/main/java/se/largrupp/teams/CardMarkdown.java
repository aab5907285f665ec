package se.largrupp.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for the markdown of an Adaptive Card's TextBlock and FactSet. Core texts hold user input (names,
 * departments, a refused word quoted back), and TextBlock markdown would turn {@code [Verify](https://evil.example)}
 * into a link that hides where it goes. So everything is shown literally: markdown's characters are escaped
 * (CommonMark's backslash), and a link's {@code ](} is also broken by an invisible zero-width space, for renderers
 * that ignore escapes. The core's only markup, {@code *bold*}, becomes markdown's {@code **bold**}. A bare URL stays
 * as it is: it shows where it goes (a group's meeting link must stay clickable).
 */
final class CardMarkdown {
    private static final Pattern BOLD = Pattern.compile("(?<!\\*)\\*([^*\\n]+)\\*(?!\\*)");
    private static final String SPECIAL = "\\*_~`[]<>";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private CardMarkdown() {}

    /** A core text: its {@code *bold*} as bold, everything else literal. */
    static String render(String text) {
        Matcher bold = BOLD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (bold.find()) {
            out.append(escape(text.substring(last, bold.start()))).append("**").append(escape(bold.group(1))).append("**");
            last = bold.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /** Text shown exactly as written. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && i > 0 && text.charAt(i - 1) == ']') out.append(ZERO_WIDTH_SPACE);
            if (SPECIAL.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
