package se.largrupp.core.continuity;

import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;

/**
 * Keeps the feature's tables to what still matters: a closed invitation only while its group is active (it may ask
 * to be kept together) or, for a lapsed offer, while someone in it still waits (so it is not offered again); a decided
 * proposal only while the groups it concerns are active and its people wait (so it is not made again).
 */
final class Tidy {
    private Tidy() {}

    static void up(ContinuityStore store, Pool pool) {
        Set<GroupId> active = pool.active.stream().map(LearningGroup::id).collect(Collectors.toSet());
        for (Invitation i : store.invitations().inWorkspace(pool.workspace)) {
            if (i.status() != Invitation.Status.CLOSED) continue;
            // A lapsed offer is kept while someone in it still waits, so the same group is not offered again.
            boolean stillWaiting = i.group().isEmpty() && !i.selfStarted()
                    && i.invitees().stream().anyMatch(x -> pool.inProgramme(x.leader()) && pool.groupOf(x.leader()).isEmpty());
            if (i.group().filter(active::contains).isEmpty() && !stillWaiting) store.invitations().delete(i.id());
        }
        for (Proposal p : store.proposals().inWorkspace(pool.workspace)) {
            boolean gone = p.group().filter(g -> !active.contains(g)).isPresent() || p.other().filter(g -> !active.contains(g)).isPresent();
            boolean placed = p.members().stream().anyMatch(m -> pool.groupOf(m).isPresent() || !pool.inProgramme(m));
            if (gone || (placed && p.kind() != Proposal.Kind.MERGE)) store.proposals().delete(p.id());
        }
    }
}
