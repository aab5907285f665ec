package se.largrupp.core.orgchart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * A plan as text for a stored preview: what Apply needs (the matched people and their facts), one tab-separated line
 * each, user ids within the plan's workspace. Tabs, line breaks and backslashes in names are escaped.
 */
final class PlanCodec {
    private PlanCodec() {}

    static String encode(ImportPlan p) {
        StringBuilder s = new StringBuilder();
        s.append(join("v1", p.workspace().key(), String.valueOf(p.managersNamed()), String.valueOf(p.managersResolved()),
                String.valueOf(p.hasSponsorColumn()))).append('\n');
        for (ImportPlan.Match m : p.matched())
            s.append(join(String.valueOf(m.line()), m.name(), m.id().user(), m.department().orElse(""),
                    m.manager().map(LeaderId::user).orElse(""), m.zone().map(ZoneId::getId).orElse(""), m.location().orElse(""),
                    String.join("\u001f", m.notWith().stream().map(LeaderId::user).toList()),
                    m.sponsor().map(String::valueOf).orElse(""), String.valueOf(m.inProgramme()))).append('\n');
        return s.toString();
    }

    static ImportPlan decode(String text) {
        String[] lines = text.split("\n");
        String[] head = split(lines[0]);
        Workspace ws = Workspace.parse(head[1]);
        List<ImportPlan.Match> matched = new ArrayList<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            if (line.isEmpty()) continue;
            String[] f = split(line);
            matched.add(new ImportPlan.Match(Integer.parseInt(f[0]), f[1], new LeaderId(ws, f[2]), opt(f[3]),
                    opt(f[4]).map(u -> new LeaderId(ws, u)), opt(f[5]).map(ZoneId::of), opt(f[6]),
                    f[7].isEmpty() ? List.of() : Arrays.stream(f[7].split("\u001f")).map(u -> new LeaderId(ws, u)).toList(),
                    opt(f[8]).map(Boolean::parseBoolean), Boolean.parseBoolean(f[9])));
        }
        return new ImportPlan(ws, matched, List.of(), Integer.parseInt(head[2]), Integer.parseInt(head[3]), List.of(),
                Boolean.parseBoolean(head[4]));
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static String join(String... fields) {
        return String.join("\t", Arrays.stream(fields).map(PlanCodec::escape).toList());
    }

    private static String[] split(String line) {
        String[] raw = line.split("\t", -1);
        for (int i = 0; i < raw.length; i++) raw[i] = unescape(raw[i]);
        return raw;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else out.append(c);
        }
        return out.toString();
    }
}
