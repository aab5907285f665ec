package se.largrupp.core.rounds;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.groups.GroupId;

/** The meeting template each group chose with {@code template <name>}; a group that chose none runs the default. */
public interface GroupTemplates {
    Optional<String> of(GroupId group);

    void choose(GroupId group, String template);

    /** Kept in memory, for an assembly without a database (tests, benchmarks). */
    static GroupTemplates inMemory() {
        Map<GroupId, String> chosen = new ConcurrentHashMap<>();
        return new GroupTemplates() {
            public Optional<String> of(GroupId group) { return Optional.ofNullable(chosen.get(group)); }
            public void choose(GroupId group, String template) { chosen.put(group, template); }
        };
    }
}
