package se.largrupp.core.pulse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.LeaderId;

/** The pulse kept in memory, for an assembly without a database (tests, benchmarks). */
public final class InMemoryPulseStore implements PulseStore {
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> meetings = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void open(Window w) { windows.putIfAbsent(w.pulse(), w); }

    public Optional<Window> window(String pulse) { return Optional.ofNullable(windows.get(pulse)); }

    public boolean markAnswered(String pulse, LeaderId leader, int question) {
        return answered.add(pulse + "|" + leader.key() + "|" + question);
    }

    public Set<Integer> answered(String pulse, LeaderId leader) {
        String prefix = pulse + "|" + leader.key() + "|";
        return answered.stream().filter(a -> a.startsWith(prefix)).map(a -> Integer.parseInt(a.substring(prefix.length())))
                .collect(Collectors.toSet());
    }

    public void count(Window w, int question, int value) {
        if (!w.answered()) {
            windows.put(w.pulse(), new Window(w.pulse(), w.workspace(), w.month(), w.closesAt(), true));
            meetings.merge(w.workspace() + "|" + w.month(), 1, Integer::sum);
        }
        counts.merge(w.workspace() + "|" + w.month() + "|" + question + "|" + value, 1, Integer::sum);
    }

    public MonthFigures figures(String workspace, String month) {
        Map<Integer, Map<Integer, Integer>> out = new TreeMap<>();
        String prefix = workspace + "|" + month + "|";
        counts.forEach((k, n) -> {
            if (!k.startsWith(prefix)) return;
            String[] qa = k.substring(prefix.length()).split("\\|");
            out.computeIfAbsent(Integer.parseInt(qa[0]), q -> new TreeMap<>()).put(Integer.parseInt(qa[1]), n);
        });
        return new MonthFigures(meetings.getOrDefault(workspace + "|" + month, 0), out);
    }

    public void close(String pulse) {
        windows.remove(pulse);
        answered.removeIf(a -> a.startsWith(pulse + "|"));
    }

    public List<String> closedBefore(Instant now) {
        return windows.values().stream().filter(w -> w.closesAt().isBefore(now)).map(Window::pulse).toList();
    }

    public void forget(LeaderId leader) {
        answered.removeIf(a -> a.contains("|" + leader.key() + "|"));
    }
}
