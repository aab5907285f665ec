package se.largrupp.core.rounds;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/** Who agreed to a group's ground rules: only the fact, per member and group. Forget me deletes it. */
public interface GroundRules {
    Set<LeaderId> agreed(GroupId group);

    void agree(GroupId group, LeaderId leader, Instant at);

    void forget(LeaderId leader);

    static GroundRules inMemory() {
        Map<GroupId, Set<LeaderId>> agreed = new ConcurrentHashMap<>();
        return new GroundRules() {
            public Set<LeaderId> agreed(GroupId group) { return Set.copyOf(agreed.getOrDefault(group, Set.of())); }
            public void agree(GroupId group, LeaderId leader, Instant at) {
                agreed.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(leader);
            }
            public void forget(LeaderId leader) { agreed.values().forEach(s -> s.remove(leader)); }
        };
    }
}
