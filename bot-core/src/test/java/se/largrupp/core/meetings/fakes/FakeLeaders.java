package se.largrupp.core.meetings.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;

public final class FakeLeaders implements Leaders {
    private final Map<LeaderId, Leader> leaders = new LinkedHashMap<>();

    public Optional<Leader> find(LeaderId id) { return Optional.ofNullable(leaders.get(id)); }
    public void save(Leader leader) { leaders.put(leader.id(), leader); }
    public List<Leader> inWorkspace(Workspace w) {
        return leaders.values().stream().filter(l -> l.id().workspace().equals(w)).toList();
    }
    public void forget(LeaderId id) { leaders.remove(id); }
}
