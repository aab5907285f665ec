package se.largrupp.core.orgchart;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bytes of an HR export as records: strict UTF-8 (a Latin-1 file would silently garble "Åsa"), the separator
 * ({@code ,} or {@code ;}, as Excel writes it in Sweden) detected from the header, fields optionally quoted with
 * {@code "} and then free to hold separators and line breaks.
 */
final class CsvText {
    /** A record and the line it starts on. */
    record Record(int line, List<String> fields) {}

    private CsvText() {}

    /** The text, or the line holding the first byte that is not UTF-8. */
    static Optional<String> utf8(byte[] bytes, List<ImportProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            problems.add(ImportProblem.at(line, "notUtf8"));
            return Optional.empty();
        }
        out.flip();
        String s = out.toString();
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }

    /** {@code ;} when the header holds more semicolons than commas outside quotes, else {@code ,}. */
    static char separator(String text) {
        int commas = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) break;
            } else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Every non-blank record, at most {@code limit + 1} (the caller refuses more than its limit without reading
     * the rest of a huge file).
     */
    static List<Record> records(String text, char separator, int limit) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1, start = 1;
        for (int i = 0; i <= text.length() && out.size() <= limit; i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted && !end) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || end) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isBlank())) out.add(new Record(start, List.copyOf(fields)));
                fields.clear();
                quoted = false;
                line++;
                start = line;
            } else field.append(c);
        }
        return out;
    }
}
