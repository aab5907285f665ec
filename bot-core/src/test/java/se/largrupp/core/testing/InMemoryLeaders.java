package se.largrupp.core.testing;

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

    @Override
    public synchronized Optional<Leader> find(LeaderId id) {
        return Optional.ofNullable(leaders.get(id));
    }

    @Override
    public synchronized void save(Leader leader) {
        leaders.put(leader.id(), leader);
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
    }

    /** Every stored leader, left ones included: what a test compares before and after. */
    public synchronized List<Leader> all() {
        return List.copyOf(leaders.values());
    }
}
