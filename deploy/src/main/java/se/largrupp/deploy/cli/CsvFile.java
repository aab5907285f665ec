package se.largrupp.deploy.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict CSV reader for HR exports: UTF-8 only (a Latin-1 file would silently garble "Åsa"), a header row,
 * fields separated by commas and optionally quoted with {@code "} ({@code ""} inside quotes is a quote).
 * Problems come back as line-numbered messages, never as stack traces.
 */
final class CsvFile {
    /** One data row and the line it came from. */
    record Row(int line, Map<String, String> fields) {
        String get(String column) {
            return FormulaCells.plain(fields.getOrDefault(column, "").strip());
        }
    }

    final String name;
    final List<String> header;
    final List<Row> rows;

    private CsvFile(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** Reads the file, or adds messages to {@code problems} and returns empty. */
    static Optional<CsvFile> read(Path path, List<String> required, List<String> problems) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return Optional.empty();
        }
        Optional<String> text = utf8(name, bytes, problems);
        if (text.isEmpty()) return Optional.empty();
        String[] lines = text.get().split("\r\n|\n|\r", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length) {
            problems.add(name + ": the file is empty; it needs a header line such as " + String.join(",", required));
            return Optional.empty();
        }
        List<String> header = new ArrayList<>();
        for (String h : split(lines[first])) header.add(h.strip().toLowerCase(Locale.ROOT));
        List<String> missing = required.stream().filter(r -> !header.contains(r)).toList();
        if (!missing.isEmpty()) {
            problems.add(name + ": line " + (first + 1) + ": missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the header must include " + String.join(",", required) + ")");
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            List<String> fields = split(lines[i]);
            if (fields.size() != header.size()) {
                problems.add(name + ": line " + (i + 1) + ": expected " + header.size() + " fields (" + String.join(",", header)
                        + "), found " + fields.size());
                continue;
            }
            Map<String, String> map = new HashMap<>();
            for (int k = 0; k < header.size(); k++) map.put(header.get(k), fields.get(k));
            rows.add(new Row(i + 1, map));
        }
        return Optional.of(new CsvFile(name, header, rows));
    }

    private static Optional<String> utf8(String name, byte[] bytes, List<String> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            problems.add(name + ": line " + line + ": not valid UTF-8 (byte " + (in.position() + 1)
                    + "); save the file as UTF-8, for instance \"CSV UTF-8\" in Excel");
            return Optional.empty();
        }
        out.flip();
        String s = out.toString();
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }

    /** Splits one line; quotes may hold commas. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** A field as written: safe to open in a spreadsheet ({@link FormulaCells}), quoted when it needs it. */
    static String quote(String value) {
        String field = FormulaCells.neutralised(value);
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) return '"' + field.replace("\"", "\"\"") + '"';
        return field;
    }
}
