package se.largrupp.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/** Groups in a map, in creation order; the co-membership history is derived from the member lists. */
public final class InMemoryGroups implements Groups {
    private final Map<GroupId, LearningGroup> groups = new LinkedHashMap<>();

    @Override
    public synchronized Optional<LearningGroup> find(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public synchronized void save(LearningGroup group) {
        groups.put(group.id(), group);
    }

    @Override
    public synchronized Optional<LearningGroup> activeGroupOf(LeaderId leader) {
        return groups.values().stream().filter(LearningGroup::isActive).filter(g -> g.hasMember(leader)).findFirst();
    }

    @Override
    public synchronized Optional<LearningGroup> byConversation(ConversationRef conversation) {
        return groups.values().stream().filter(g -> g.conversation().filter(conversation::equals).isPresent()).findFirst();
    }

    @Override
    public synchronized List<LearningGroup> active(Workspace workspace) {
        return groups.values().stream().filter(LearningGroup::isActive).filter(g -> g.workspace().equals(workspace)).toList();
    }

    @Override
    public synchronized List<LearningGroup> allActive() {
        return groups.values().stream().filter(LearningGroup::isActive).toList();
    }

    @Override
    public synchronized int latestGeneration(Workspace workspace) {
        return groups.values().stream().filter(g -> g.workspace().equals(workspace))
                .mapToInt(LearningGroup::generation).max().orElse(0);
    }

    @Override
    public synchronized List<CoMembership> history(Workspace workspace) {
        List<CoMembership> out = new ArrayList<>();
        for (LearningGroup g : groups.values()) {
            if (!g.workspace().equals(workspace)) continue;
            List<LeaderId> m = g.members();
            for (int i = 0; i < m.size(); i++)
                for (int j = i + 1; j < m.size(); j++)
                    out.add(new CoMembership(m.get(i), m.get(j), g.id(), g.generation(), g.createdAt(), g.dissolvedAt()));
        }
        return out;
    }

    /** Every stored group, dissolved ones included. */
    public synchronized List<LearningGroup> all() {
        return List.copyOf(groups.values());
    }
}
