package se.largrupp.core.groups;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/** The repository of learning groups, active and dissolved; dissolved ones are the co-membership history. */
public interface Groups {
    Optional<LearningGroup> find(GroupId id);

    /** Inserts or replaces the group and its member list. */
    void save(LearningGroup group);

    /** The one active group the leader belongs to, if any. */
    Optional<LearningGroup> activeGroupOf(LeaderId leader);

    Optional<LearningGroup> byConversation(ConversationRef conversation);

    List<LearningGroup> active(Workspace workspace);

    /** Every active group, in all workspaces (for the scheduler). */
    List<LearningGroup> allActive();

    /** The highest generation formed in a workspace so far, 0 when none. */
    int latestGeneration(Workspace workspace);

    /** Who has shared a group with whom in the workspace, over all generations. */
    List<CoMembership> history(Workspace workspace);
}
