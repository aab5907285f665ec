package se.largrupp.core.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.insights.Occasions.Kind;
import se.largrupp.core.insights.Occasions.Occasion;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;

/**
 * The breakdown by department, where a department has at least {@link #MIN_LEADERS} leaders in the programme; the
 * smaller ones (and leaders without a department) are pooled into one row, so no figure points at a few people.
 */
final class Departments {
    public static final int MIN_LEADERS = 5;
    private final History history;
    private final List<Occasion> occasions;
    private final Instant now;

    Departments(History history, List<Occasion> occasions, Instant now) {
        this.history = history;
        this.occasions = occasions;
        this.now = now;
    }

    List<Figures.DepartmentRow> rows() {
        Map<String, List<Leader>> named = new TreeMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        List<Leader> pooled = new ArrayList<>();
        for (Leader l : history.leaders()) {
            if (l.status() instanceof LeaderStatus.Left) continue;
            Optional<String> d = l.department().map(String::strip).filter(s -> !s.isEmpty());
            if (d.isEmpty()) { pooled.add(l); continue; }
            String key = d.get().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, d.get());
            named.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        List<Figures.DepartmentRow> out = new ArrayList<>();
        named.forEach((key, leaders) -> {
            if (leaders.size() >= MIN_LEADERS) out.add(row(Optional.of(spelling.get(key)), leaders));
            else pooled.addAll(leaders);
        });
        if (!pooled.isEmpty()) out.add(row(Optional.empty(), pooled));
        return out;
    }

    private Figures.DepartmentRow row(Optional<String> name, List<Leader> leaders) {
        Set<LeaderId> ids = new HashSet<>();
        leaders.forEach(l -> ids.add(l.id()));
        Set<LeaderId> grouped = new HashSet<>();
        history.groups().stream().filter(LearningGroup::isActive).forEach(g -> grouped.addAll(g.members()));
        int takingPart = (int) leaders.stream().filter(l -> ComputeFigures.takesPart(l, now)).count();
        int inGroup = (int) leaders.stream().filter(l -> grouped.contains(l.id())).count();
        long expected = 0, present = 0;
        for (Occasion o : occasions) {
            if (o.kind() != Kind.HELD || o.present().isEmpty()) continue;
            for (LeaderId m : o.group().members()) {
                if (!ids.contains(m)) continue;
                expected++;
                if (Occasions.present(o, m)) present++;
            }
        }
        return new Figures.DepartmentRow(name, leaders.size(), takingPart, inGroup, Period.percent(present, expected));
    }
}
