package se.largrupp.core.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.insights.Occasions.Kind;
import se.largrupp.core.insights.Occasions.Occasion;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;

/** Computes a workspace's {@link Figures} from its {@link History} at an instant; pure, so a fixed clock tests it. */
public final class ComputeFigures {
    static final Duration RECENT = Duration.ofDays(28);
    static final int MONTHS = 12;
    private final ZoneId zone;

    public ComputeFigures(ZoneId zone) {
        this.zone = zone;
    }

    public Figures compute(History h, Instant now) {
        List<Occasion> occasions = new ArrayList<>();
        h.groups().forEach(g -> occasions.addAll(Occasions.of(g, h, now)));
        List<LearningGroup> active = h.groups().stream().filter(LearningGroup::isActive).toList();
        Map<LeaderId, Leader> byId = h.leaders().stream().collect(Collectors.toMap(Leader::id, Function.identity(), (a, b) -> a));
        List<Figures.GroupAtRisk> atRisk = atRisk(active, occasions, byId, now);
        List<Period> months = new ArrayList<>();
        YearMonth current = YearMonth.from(now.atZone(zone));
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth m = current.minusMonths(i);
            Instant from = m.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            months.add(period(m.toString(), from, to, now, h, occasions));
        }
        Optional<Period> cycle = cycleStart(h).map(from -> period("cycle", from, now, now, h, occasions));
        return new Figures(now, today(h, active, occasions, byId, atRisk.size(), now), cycle, months,
                new Departments(h, occasions, now).rows(), atRisk, Generations.of(h), List.of());
    }

    /** The latest regrouping: when the latest generation's groups were formed. */
    private static Optional<Instant> cycleStart(History h) {
        int latest = h.groups().stream().mapToInt(LearningGroup::generation).max().orElse(0);
        return h.groups().stream().filter(g -> g.generation() == latest).map(LearningGroup::createdAt).min(Comparator.naturalOrder());
    }

    private Period period(String label, Instant from, Instant to, Instant now, History h, List<Occasion> all) {
        Instant end = to.isAfter(now) ? now : to;
        int joined = (int) h.leaders().stream().filter(l -> Occasions.within(l.joinedAt(), from, to)).count();
        int inProgramme = (int) h.leaders().stream()
                .filter(l -> !l.joinedAt().isAfter(end) && !(l.status() instanceof LeaderStatus.Left)).count();
        int groupsActive = (int) h.groups().stream().filter(g -> !g.createdAt().isAfter(end)
                && g.dissolvedAt().map(d -> d.isAfter(end)).orElse(true)).count();
        List<Occasion> in = all.stream().filter(o -> Occasions.within(o.at(), from, to)).toList();
        int held = 0, skipped = 0;
        long present = 0, expected = 0, invited = 0, answered = 0;
        for (Occasion o : in) {
            if (o.kind() == Kind.HELD) {
                held++;
                if (o.present().isPresent()) {
                    present += o.present().get().size();
                    expected += Math.max(o.expected(), o.present().get().size());
                }
            }
            if (o.kind() == Kind.SKIPPED) skipped++;
            invited += o.invited();
            answered += o.answered();
        }
        return new Period(label, from, to, joined, inProgramme, groupsActive, in.size(), held, skipped,
                Period.percent(present, expected), Period.percent(answered, invited));
    }

    private Figures.Today today(History h, List<LearningGroup> active, List<Occasion> occasions, Map<LeaderId, Leader> byId,
                                int atRisk, Instant now) {
        int takingPart = 0, paused = 0;
        for (Leader l : h.leaders()) {
            if (l.status() instanceof LeaderStatus.Left) continue;
            if (l.status().takesPartOn(now.atZone(l.zone()).toLocalDate())) takingPart++;
            else paused++;
        }
        Set<LeaderId> grouped = new HashSet<>();
        active.forEach(g -> grouped.addAll(g.members()));
        int waiting = (int) h.leaders().stream().filter(l -> takesPart(l, now) && !grouped.contains(l.id())).count();
        int selfStarted = (int) active.stream().filter(g -> h.selfStarted().contains(g.id())).count();
        List<LearningGroup> settled = active.stream().filter(g -> !g.createdAt().isAfter(now.minus(RECENT))).toList();
        long met = settled.stream().filter(g -> lastMet(g, occasions).filter(t -> t.isAfter(now.minus(RECENT))).isPresent()).count();
        return new Figures.Today(takingPart, paused, waiting, active.size(), atRisk, selfStarted,
                Period.percent(met, settled.size()), Generations.mix(active, byId), daysToFirstMeeting(h, occasions));
    }

    static boolean takesPart(Leader l, Instant now) {
        return !(l.status() instanceof LeaderStatus.Left) && l.status().takesPartOn(now.atZone(l.zone()).toLocalDate());
    }

    private static Optional<Instant> lastMet(LearningGroup g, List<Occasion> occasions) {
        return occasions.stream().filter(o -> o.group().id().equals(g.id()) && o.kind() == Kind.HELD).map(Occasion::at)
                .max(Comparator.naturalOrder());
    }

    private static List<Figures.GroupAtRisk> atRisk(List<LearningGroup> active, List<Occasion> occasions, Map<LeaderId, Leader> byId,
                                                    Instant now) {
        List<Figures.GroupAtRisk> out = new ArrayList<>();
        for (LearningGroup g : active) {
            Optional<Instant> last = lastMet(g, occasions);
            boolean settled = !g.createdAt().isAfter(now.minus(RECENT));
            boolean quiet = settled && last.filter(t -> t.isAfter(now.minus(RECENT))).isEmpty();
            int takingPart = (int) g.members().stream().map(byId::get).filter(l -> l != null && takesPart(l, now)).count();
            boolean shrunk = takingPart <= 2;
            if (quiet || shrunk) out.add(new Figures.GroupAtRisk(g.name(), g.generation(), takingPart, last, quiet, shrunk));
        }
        out.sort(Comparator.comparing(Figures.GroupAtRisk::name));
        return out;
    }

    /** The median number of days from joining to the first held meeting, over the leaders who have had one. */
    private static OptionalInt daysToFirstMeeting(History h, List<Occasion> occasions) {
        List<Long> days = new ArrayList<>();
        for (Leader l : h.leaders()) {
            occasions.stream().filter(o -> o.kind() == Kind.HELD && o.group().hasMember(l.id()) && !o.at().isBefore(l.joinedAt()))
                    .map(Occasion::at).min(Comparator.naturalOrder())
                    .ifPresent(first -> days.add(Duration.between(l.joinedAt(), first).toDays()));
        }
        if (days.isEmpty()) return OptionalInt.empty();
        days.sort(Comparator.naturalOrder());
        int n = days.size();
        long median = n % 2 == 1 ? days.get(n / 2) : Math.round((days.get(n / 2 - 1) + days.get(n / 2)) / 2.0);
        return OptionalInt.of((int) median);
    }
}
