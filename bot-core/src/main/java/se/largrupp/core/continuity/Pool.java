package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.regrouping.Candidate;
import se.largrupp.core.regrouping.PastGroup;
import se.largrupp.core.regrouping.RegroupPool;

/** A workspace as one decision sees it: its leaders, its active groups and who is in which, as the engine's input. */
final class Pool {
    final Workspace workspace;
    final Instant now;
    final List<Leader> leaders;
    final List<LearningGroup> active;
    final List<PastGroup> history;
    private final Map<LeaderId, Leader> byId = new HashMap<>();
    private final Map<LeaderId, LearningGroup> groupOf = new HashMap<>();
    private final List<Candidate> candidates;

    private Pool(Workspace workspace, Instant now, List<Leader> leaders, List<LearningGroup> active, List<PastGroup> history) {
        this.workspace = workspace;
        this.now = now;
        this.leaders = leaders;
        this.active = active;
        this.history = history;
        leaders.forEach(l -> byId.put(l.id(), l));
        active.forEach(g -> g.members().forEach(m -> groupOf.put(m, g)));
        this.candidates = RegroupPool.candidates(leaders, now);
    }

    static Pool load(Leaders leaders, Groups groups, Workspace workspace, Instant now) {
        return new Pool(workspace, now, leaders.inWorkspace(workspace), groups.active(workspace),
                RegroupPool.history(groups.history(workspace)));
    }

    Optional<Leader> leader(LeaderId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** In the programme (joined, not left) and not on pause today. */
    boolean takesPart(LeaderId id) {
        Leader l = byId.get(id);
        return l != null && l.status().takesPartOn(now.atZone(l.zone()).toLocalDate());
    }

    boolean inProgramme(LeaderId id) {
        Leader l = byId.get(id);
        return l != null && !(l.status() instanceof LeaderStatus.Left);
    }

    Optional<LearningGroup> groupOf(LeaderId id) {
        return Optional.ofNullable(groupOf.get(id));
    }

    long takingPart(LearningGroup g) {
        return g.members().stream().filter(this::takesPart).count();
    }

    /** The engine's candidates, plus people who are not in the programme (yet), so chains that name them stay whole. */
    List<Candidate> candidates(Set<LeaderId> outsiders) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (LeaderId o : outsiders) if (!byId.containsKey(o)) out.add(Candidate.of(o.key(), null, null));
        return out;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    static List<String> keys(List<LeaderId> ids) {
        return ids.stream().map(LeaderId::key).toList();
    }

    /** Engine ids back to leaders, without parsing (Teams user ids contain colons). */
    static Map<String, LeaderId> byKey(java.util.Collection<LeaderId> ids) {
        Map<String, LeaderId> out = new HashMap<>();
        ids.forEach(i -> out.put(i.key(), i));
        return out;
    }
}
