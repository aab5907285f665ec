package se.largrupp.deploy.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.largrupp.core.regrouping.PastGroup;

/** {@code round,group,id}, one row per leader per group: what {@code --history} reads and {@code --out} writes. */
final class HistoryCsv {
    static final List<String> COLUMNS = List.of("round", "group", "id");

    private HistoryCsv() {}

    static Optional<List<PastGroup>> read(Path path, List<String> problems) {
        Optional<CsvFile> file = CsvFile.read(path, COLUMNS, problems);
        if (file.isEmpty()) return Optional.empty();
        int before = problems.size();
        Map<Integer, Map<String, List<String>>> rounds = new TreeMap<>();
        for (CsvFile.Row row : file.get().rows) {
            int round;
            try {
                round = Integer.parseInt(row.get("round"));
            } catch (NumberFormatException e) {
                problems.add(file.get().name + ": line " + row.line() + ": round '" + row.get("round") + "' is not a whole number");
                continue;
            }
            if (row.get("id").isEmpty() || row.get("group").isEmpty()) {
                problems.add(file.get().name + ": line " + row.line() + ": group and id must not be empty");
                continue;
            }
            rounds.computeIfAbsent(round, r -> new TreeMap<>()).computeIfAbsent(row.get("group"), g -> new ArrayList<>()).add(row.get("id"));
        }
        if (problems.size() > before) return Optional.empty();
        List<PastGroup> out = new ArrayList<>();
        rounds.forEach((round, groups) -> groups.values().forEach(members -> out.add(new PastGroup(round, members))));
        return Optional.of(out);
    }

    static void write(Writer out, List<Row> rows) throws IOException {
        out.write(String.join(",", COLUMNS) + "\n");
        for (Row r : rows) out.write(r.round() + "," + r.group() + "," + CsvFile.quote(r.id()) + "\n");
    }

    record Row(int round, int group, String id) {}
}
