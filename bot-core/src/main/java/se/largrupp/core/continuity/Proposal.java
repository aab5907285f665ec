package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * Something proposed that someone must say yes to: a placement or a new group of waiting leaders the admins approve
 * ({@code LARGRUPP_PLACEMENT=approve}), or the merge of two small groups both must accept.
 *
 * @param members        PLACE: the newcomer; NEW_GROUP: the proposed group; MERGE: none
 * @param group          PLACE: the group; MERGE: the small group the offer was made for
 * @param other          MERGE: the small group it would merge with
 * @param groupAccepted  MERGE: {@code group} said yes
 * @param otherAccepted  MERGE: {@code other} said yes
 */
public record Proposal(String id, Workspace workspace, Kind kind, Status status, List<LeaderId> members,
                       Optional<GroupId> group, Optional<GroupId> other, boolean groupAccepted, boolean otherAccepted,
                       Instant createdAt) {

    public enum Kind { PLACE, NEW_GROUP, MERGE }

    /** PENDING until decided; SKIPPED by an admin, DECLINED by a group, DONE once carried out (or no longer valid). */
    public enum Status { PENDING, SKIPPED, DECLINED, DONE }

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        members = List.copyOf(members);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public boolean concerns(GroupId g) {
        return group.filter(g::equals).isPresent() || other.filter(g::equals).isPresent();
    }

    public Proposal withStatus(Status next) {
        return new Proposal(id, workspace, kind, next, members, group, other, groupAccepted, otherAccepted, createdAt);
    }

    /** MERGE: the side of {@code g} said yes. */
    public Proposal acceptedBy(GroupId g) {
        boolean a = groupAccepted || group.filter(g::equals).isPresent();
        boolean b = otherAccepted || other.filter(g::equals).isPresent();
        return new Proposal(id, workspace, kind, status, members, group, other, a, b, createdAt);
    }
}
