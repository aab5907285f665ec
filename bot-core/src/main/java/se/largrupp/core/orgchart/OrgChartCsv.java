package se.largrupp.core.orgchart;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an HR export: header {@code email,name,department,manager_email}, optional {@code timezone}, {@code location},
 * {@code not_with} (e-mails separated by {@code |}) and {@code sponsor} (true/false); other columns are ignored.
 * Either every row comes back, or the problems do, each with its line: a file is taken whole or not at all.
 */
public final class OrgChartCsv {
    public static final int MAX_ROWS = 50_000;
    public static final List<String> REQUIRED = List.of("email", "name", "department", "manager_email");
    static final int MAX_FIELD = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s|,;<>\"]+@[^@\\s|,;<>\"]+\\.[^@\\s|,;<>\"]+");

    /** The rows of a good file, or why the file is refused. */
    public sealed interface Parsed {
        record Rows(List<OrgChartRow> rows, boolean hasSponsorColumn) implements Parsed {
            public Rows {
                rows = List.copyOf(rows);
            }
        }

        record Refused(List<ImportProblem> problems) implements Parsed {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    private OrgChartCsv() {}

    public static Parsed parse(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<String> text = CsvText.utf8(bytes, problems);
        if (text.isEmpty()) return new Parsed.Refused(problems);
        List<CsvText.Record> records = CsvText.records(text.get(), CsvText.separator(text.get()), MAX_ROWS + 1);
        if (records.isEmpty()) return refused(ImportProblem.at(1, "empty", String.join(",", REQUIRED)));
        CsvText.Record head = records.get(0);
        List<String> header = head.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(r -> !header.contains(r)).toList();
        if (!missing.isEmpty())
            return refused(ImportProblem.at(head.line(), "missingColumn", String.join(", ", missing), String.join(",", REQUIRED)));
        if (records.size() > MAX_ROWS + 1) return refused(ImportProblem.at(records.get(MAX_ROWS + 1).line(), "tooManyRows", MAX_ROWS));

        List<OrgChartRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Record r : records.subList(1, records.size())) {
            if (r.fields().size() != header.size()) {
                problems.add(ImportProblem.at(r.line(), "fieldCount", header.size(), r.fields().size()));
                continue;
            }
            Map<String, String> f = new HashMap<>();
            for (int k = 0; k < header.size(); k++) f.putIfAbsent(header.get(k), r.fields().get(k).strip());
            row(r.line(), f, problems).ifPresent(row -> {
                Integer first = seen.putIfAbsent(row.email(), row.line());
                if (first != null) problems.add(ImportProblem.at(row.line(), "duplicateEmail", row.email(), first));
                else rows.add(row);
            });
        }
        return problems.isEmpty() ? new Parsed.Rows(rows, header.contains("sponsor")) : new Parsed.Refused(problems);
    }

    private static Optional<OrgChartRow> row(int line, Map<String, String> f, List<ImportProblem> problems) {
        int before = problems.size();
        String email = email(line, f.get("email"), "badEmail", problems).orElse("");
        String name = cell(f.get("name"));
        Optional<String> manager = f.get("manager_email").isEmpty() ? Optional.empty()
                : email(line, f.get("manager_email"), "badManagerEmail", problems);
        Optional<ZoneId> zone = Optional.empty();
        String tz = f.getOrDefault("timezone", "");
        if (!tz.isEmpty()) {
            try {
                zone = Optional.of(ZoneId.of(tz));
            } catch (DateTimeException e) {
                problems.add(ImportProblem.at(line, "badTimezone", tz));
            }
        }
        List<String> notWith = new ArrayList<>();
        for (String other : f.getOrDefault("not_with", "").split("\\|"))
            if (!other.isBlank()) email(line, other, "badNotWith", problems).ifPresent(notWith::add);
        if (notWith.size() > se.largrupp.core.leaders.Leader.MAX_NOT_WITH)
            problems.add(ImportProblem.at(line, "tooManyNotWith", se.largrupp.core.leaders.Leader.MAX_NOT_WITH));
        if (notWith.contains(email)) problems.add(ImportProblem.at(line, "notWithSelf"));
        Optional<Boolean> sponsor = sponsor(line, f.getOrDefault("sponsor", ""), problems);
        for (String column : List.of("name", "department", "location"))
            if (f.getOrDefault(column, "").length() > MAX_FIELD) problems.add(ImportProblem.at(line, "tooLong", column, MAX_FIELD));
        if (problems.size() > before) return Optional.empty();
        return Optional.of(new OrgChartRow(line, email, name, optional(f.get("department")), manager, zone,
                optional(f.getOrDefault("location", "")), notWith, sponsor));
    }

    private static Optional<String> email(int line, String raw, String problem, List<ImportProblem> problems) {
        String e = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (e.startsWith("mailto:")) e = e.substring(7);
        if (EMAIL.matcher(e).matches() && e.length() <= 320) return Optional.of(e);
        problems.add(ImportProblem.at(line, problem, raw == null ? "" : raw.strip()));
        return Optional.empty();
    }

    private static Optional<Boolean> sponsor(int line, String raw, List<ImportProblem> problems) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "true", "yes", "ja", "1", "x" -> Optional.of(true);
            case "false", "no", "nej", "0" -> Optional.of(false);
            default -> {
                problems.add(ImportProblem.at(line, "badSponsor", raw));
                yield Optional.empty();
            }
        };
    }

    private static String cell(String v) {
        String clean = v == null ? "" : v.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return clean;
    }

    private static Optional<String> optional(String v) {
        return Optional.of(cell(v)).filter(s -> !s.isEmpty());
    }

    private static Parsed refused(ImportProblem problem) {
        return new Parsed.Refused(List.of(problem));
    }
}
