package se.largrupp.core.continuity;

import java.util.HashSet;
import java.util.Set;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * Who a placement must leave alone for now: leaders in an open invitation (who started it, or have not said no) and
 * leaders in a proposal that waits for an admin.
 */
final class Busy {
    private Busy() {}

    static Set<LeaderId> of(ContinuityStore store, Workspace ws) {
        Set<LeaderId> out = new HashSet<>();
        for (Invitation i : store.invitations().inWorkspace(ws)) {
            if (i.status() != Invitation.Status.OPEN) continue;
            i.initiator().ifPresent(out::add);
            i.invitees().stream().filter(x -> x.answer() != Invitation.Answer.DECLINED).forEach(x -> out.add(x.leader()));
        }
        for (Proposal p : store.proposals().inWorkspace(ws))
            if (p.pending() && p.kind() != Proposal.Kind.MERGE) out.addAll(p.members());
        return out;
    }
}
