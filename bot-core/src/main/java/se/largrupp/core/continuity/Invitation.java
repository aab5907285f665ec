package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * An invitation to form a new group: a leader's own ({@code group new}, with an initiator) or the bot's offer to
 * waiting leaders who fit together (no initiator). It forms its group once three have said yes (the initiator counts);
 * later answers until it expires still join the group while it has room.
 *
 * @param initiator    empty for an offer, or once the initiator was forgotten
 * @param selfStarted  started by a leader: the group is kept together through the next regrouping while {@code keepTogether}
 */
public record Invitation(String id, Workspace workspace, Optional<LeaderId> initiator, boolean selfStarted,
                         Instant createdAt, Instant expiresAt, Status status, Optional<GroupId> group,
                         boolean keepTogether, List<Invitee> invitees) {

    /** OPEN: waiting for answers; FORMED: its group exists, late answers welcome; CLOSED: expired or lapsed. */
    public enum Status { OPEN, FORMED, CLOSED }

    public enum Answer { PENDING, ACCEPTED, DECLINED }

    public record Invitee(LeaderId leader, Answer answer) {
        public Invitee {
            Objects.requireNonNull(leader, "leader");
            Objects.requireNonNull(answer, "answer");
        }
    }

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
        invitees = List.copyOf(invitees);
    }

    public Optional<Invitee> invitee(LeaderId leader) {
        return invitees.stream().filter(i -> i.leader().equals(leader)).findFirst();
    }

    public List<LeaderId> answered(Answer answer) {
        return invitees.stream().filter(i -> i.answer() == answer).map(Invitee::leader).toList();
    }

    /** Who is in the group once formed: the initiator and everyone who said yes. */
    public List<LeaderId> yes() {
        List<LeaderId> out = new ArrayList<>();
        initiator.ifPresent(out::add);
        out.addAll(answered(Answer.ACCEPTED));
        return out;
    }

    /** Whether three can still say yes (the initiator counts). */
    public boolean canStillForm() {
        return yes().size() + answered(Answer.PENDING).size() >= 3;
    }

    public Invitation answer(LeaderId leader, Answer answer) {
        List<Invitee> next = invitees.stream().map(i -> i.leader().equals(leader) ? new Invitee(leader, answer) : i).toList();
        return new Invitation(id, workspace, initiator, selfStarted, createdAt, expiresAt, status, group, keepTogether, next);
    }

    public Invitation formed(GroupId formed) {
        return new Invitation(id, workspace, initiator, selfStarted, createdAt, expiresAt, Status.FORMED, Optional.of(formed),
                keepTogether, invitees);
    }

    public Invitation closed() {
        return new Invitation(id, workspace, initiator, selfStarted, createdAt, expiresAt, Status.CLOSED, group, keepTogether, invitees);
    }

    public Invitation keepingTogether(boolean keep) {
        return new Invitation(id, workspace, initiator, selfStarted, createdAt, expiresAt, status, group, keep, invitees);
    }

    /** Forget me: the leader's part goes; an open invitation they started goes with them (see the eraser). */
    public Invitation without(LeaderId leader) {
        Optional<LeaderId> by = initiator.filter(i -> !i.equals(leader));
        List<Invitee> rest = invitees.stream().filter(i -> !i.leader().equals(leader)).toList();
        return new Invitation(id, workspace, by, selfStarted, createdAt, expiresAt, status, group, keepTogether, rest);
    }
}
