package se.largrupp.core.regrouping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;

/** Turns a workspace's leaders and group history into the engine's input; ids are {@link LeaderId#key()}. */
public final class RegroupPool {
    private RegroupPool() {}

    /** Everyone who has not left; those paused today are passed as not taking part, to keep manager chains whole. */
    public static List<Candidate> candidates(List<Leader> leaders, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Candidate> out = new ArrayList<>(leaders.size());
        for (Leader l : leaders) {
            int offset = l.zone().getRules().getOffset(now).getTotalSeconds() / 60;
            out.add(new Candidate(l.id().key(), l.department(), l.manager().map(LeaderId::key), offset,
                    java.util.Optional.empty(), l.notWith().stream().map(LeaderId::key).toList(), l.status().takesPartOn(today)));
        }
        return out;
    }

    /** Each past group once, numbered by its generation. */
    public static List<PastGroup> history(List<CoMembership> pairs) {
        Map<GroupId, Set<String>> members = new LinkedHashMap<>();
        Map<GroupId, Integer> generation = new LinkedHashMap<>();
        for (CoMembership c : pairs) {
            Set<String> m = members.computeIfAbsent(c.group(), g -> new LinkedHashSet<>());
            m.add(c.a().key());
            m.add(c.b().key());
            generation.put(c.group(), c.generation());
        }
        List<PastGroup> out = new ArrayList<>();
        members.forEach((id, m) -> out.add(new PastGroup(generation.get(id), List.copyOf(m))));
        return out;
    }
}
