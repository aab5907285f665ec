package se.largrupp.core.groups;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/**
 * A learning group of (normally) 3–4 leaders.
 *
 * @param name         a short human label, such as {@code 2027v1-03} (generation and number)
 * @param generation   the regrouping round the group was formed in
 * @param conversation the group's own conversation, once the adapter has opened it
 */
public record LearningGroup(
        GroupId id,
        Workspace workspace,
        String name,
        int generation,
        List<LeaderId> members,
        Optional<ConversationRef> conversation,
        Optional<StandingBooking> booking,
        GroupStatus status,
        Instant createdAt,
        Optional<Instant> dissolvedAt) {

    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = 4;

    public LearningGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dissolvedAt, "dissolvedAt");
        if (members.isEmpty()) throw new IllegalArgumentException("a group needs members");
    }

    public static LearningGroup formed(Workspace workspace, String name, int generation, List<LeaderId> members, Instant now) {
        return new LearningGroup(GroupId.random(), workspace, name, generation, members, Optional.empty(),
                Optional.empty(), GroupStatus.ACTIVE, now, Optional.empty());
    }

    public boolean isActive() {
        return status == GroupStatus.ACTIVE;
    }

    public boolean hasMember(LeaderId leader) {
        return members.contains(leader);
    }

    public LearningGroup withConversation(ConversationRef ref) {
        return new LearningGroup(id, workspace, name, generation, members, Optional.of(ref), booking, status, createdAt, dissolvedAt);
    }

    public LearningGroup withBooking(Optional<StandingBooking> newBooking) {
        return new LearningGroup(id, workspace, name, generation, members, conversation, newBooking, status, createdAt, dissolvedAt);
    }

    public LearningGroup withMembers(List<LeaderId> newMembers) {
        return new LearningGroup(id, workspace, name, generation, newMembers, conversation, booking, status, createdAt, dissolvedAt);
    }

    public LearningGroup dissolved(Instant at) {
        return new LearningGroup(id, workspace, name, generation, members, conversation, booking, GroupStatus.DISSOLVED, createdAt, Optional.of(at));
    }
}
