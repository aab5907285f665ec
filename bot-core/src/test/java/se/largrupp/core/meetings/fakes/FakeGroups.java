package se.largrupp.core.meetings.fakes;

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

public final class FakeGroups implements Groups {
    private final Map<GroupId, LearningGroup> groups = new LinkedHashMap<>();

    public Optional<LearningGroup> find(GroupId id) { return Optional.ofNullable(groups.get(id)); }
    public void save(LearningGroup group) { groups.put(group.id(), group); }
    public Optional<LearningGroup> activeGroupOf(LeaderId leader) {
        return groups.values().stream().filter(g -> g.isActive() && g.hasMember(leader)).findFirst();
    }
    public Optional<LearningGroup> byConversation(ConversationRef c) {
        return groups.values().stream().filter(g -> g.conversation().filter(c::equals).isPresent()).findFirst();
    }
    public List<LearningGroup> active(Workspace w) {
        return groups.values().stream().filter(g -> g.isActive() && g.workspace().equals(w)).toList();
    }
    public List<LearningGroup> allActive() { return groups.values().stream().filter(LearningGroup::isActive).toList(); }
    public int latestGeneration(Workspace w) { return groups.values().stream().mapToInt(LearningGroup::generation).max().orElse(0); }
    public List<CoMembership> history(Workspace w) { return List.of(); }
}
