package se.largrupp.core.meetings.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.rounds.Round;
import se.largrupp.core.rounds.RoundId;
import se.largrupp.core.rounds.Rounds;

public final class FakeRounds implements Rounds {
    private final Map<RoundId, Round> rounds = new LinkedHashMap<>();

    public Optional<Round> find(RoundId id) { return Optional.ofNullable(rounds.get(id)); }
    public void save(Round r) { rounds.put(r.id(), r); }
    public Optional<Round> open(GroupId g) {
        return rounds.values().stream().filter(r -> r.group().equals(g) && r.status().isOpen()).max(Comparator.comparing(Round::startedAt));
    }
    public Optional<Round> latest(GroupId g) {
        return rounds.values().stream().filter(r -> r.group().equals(g)).max(Comparator.comparing(Round::startedAt));
    }
    public List<Round> allOpen() { return rounds.values().stream().filter(r -> r.status().isOpen()).toList(); }
    public void forget(se.largrupp.core.leaders.LeaderId leader) {
        for (Round r : List.copyOf(rounds.values())) {
            Optional<Round> rest = r.without(leader);
            if (rest.isPresent()) rounds.put(r.id(), rest.get());
            else rounds.remove(r.id());
        }
    }
}
