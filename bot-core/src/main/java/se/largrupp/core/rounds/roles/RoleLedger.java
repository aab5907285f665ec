package se.largrupp.core.rounds.roles;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/**
 * How often, and when last, each member of a group held a role: what makes the rotation fair over a cycle. Ids, counts
 * and times only. Forget me removes a leader's rows.
 */
public interface RoleLedger {
    /** @param last when the leader last held the role */
    record Entry(int times, Instant last) {}

    Map<LeaderId, Entry> of(GroupId group, Role role);

    void record(GroupId group, Role role, LeaderId leader, Instant at);

    void forget(LeaderId leader);

    static RoleLedger inMemory() {
        Map<String, Map<LeaderId, Entry>> book = new ConcurrentHashMap<>();
        return new RoleLedger() {
            public Map<LeaderId, Entry> of(GroupId group, Role role) {
                return Map.copyOf(book.getOrDefault(group.value() + "/" + role, Map.of()));
            }

            public void record(GroupId group, Role role, LeaderId leader, Instant at) {
                book.computeIfAbsent(group.value() + "/" + role, k -> new ConcurrentHashMap<>()).merge(leader, new Entry(1, at),
                        (was, one) -> new Entry(was.times() + 1, at));
            }

            public void forget(LeaderId leader) {
                book.values().forEach(m -> m.remove(leader));
            }
        };
    }

    /** The entry, or none held yet. */
    static Optional<Entry> entry(Map<LeaderId, Entry> ledger, LeaderId leader) {
        return Optional.ofNullable(new HashMap<>(ledger).get(leader));
    }
}
