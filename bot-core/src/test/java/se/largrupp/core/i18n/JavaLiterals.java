package se.largrupp.core.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source (text blocks included; comments and char literals skipped), each with the code
 * of its statement before it: from the last {@code ;}, <code>{</code> or <code>}</code> outside literals and comments.
 */
final class JavaLiterals {
    private JavaLiterals() {}

    record Literal(String text, int line, String statementBefore) {}

    static List<Literal> of(String src) {
        List<Literal> out = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the current statement's code, literals replaced by ""
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                out.add(new Literal(src.substring(i + 3, end).strip(), line, code.toString()));
                line += count(src, i, end);
                code.append("\"\"");
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\' && j + 1 < src.length()) {
                        text.append(unescape(src.charAt(j + 1)));
                        j += 2;
                    } else {
                        text.append(src.charAt(j++));
                    }
                }
                if (c == '"') {
                    out.add(new Literal(text.toString(), line, code.toString()));
                    code.append("\"\"");
                }
                i = j + 1;
            } else {
                if (c == '\n') line++;
                if (c == ';' || c == '{' || c == '}') code.setLength(0);
                else code.append(c);
                i++;
            }
        }
        return out;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (s.charAt(k) == '\n') n++;
        return n;
    }
}
