package se.largrupp.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;

/** Leaders in a map, in join order. */
public final class InMemoryLeaders implements Leaders {
    private final Map<LeaderId, Leader> leaders = new LinkedHashMap<>();
    private final Map<LeaderId, Instant> leftAt = new HashMap<>();
    private final Clock clock;

    /** @param clock stamps when a leader left, as the JDBC repository does */
    public InMemoryLeaders(Clock clock) {
        this.clock = clock;
    }

    public InMemoryLeaders() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized Optional<Leader> find(LeaderId id) {
        return Optional.ofNullable(leaders.get(id));
    }

    @Override
    public synchronized void save(Leader leader) {
        leaders.put(leader.id(), leader);
        if (leader.status() instanceof LeaderStatus.Left) leftAt.putIfAbsent(leader.id(), clock.instant());
        else leftAt.remove(leader.id());
    }

    @Override
    public synchronized List<LeaderId> leftBefore(Instant cutoff) {
        return leftAt.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff)).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized List<Leader> inWorkspace(Workspace workspace) {
        return leaders.values().stream()
                .filter(l -> l.id().workspace().equals(workspace))
                .filter(l -> !(l.status() instanceof LeaderStatus.Left))
                .toList();
    }

    @Override
    public synchronized void forget(LeaderId id) {
        leaders.remove(id);
        leftAt.remove(id);
    }

    /** Every stored leader, left ones included: what a test compares before and after. */
    public synchronized List<Leader> all() {
        return List.copyOf(leaders.values());
    }
}
