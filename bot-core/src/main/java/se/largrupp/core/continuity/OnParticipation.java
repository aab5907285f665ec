package se.largrupp.core.continuity;

import java.time.Instant;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.usecases.ParticipationChanged;

/**
 * A join, a return, a pause, a departure: the workspace's placement runs a few minutes later (so joins arriving
 * together are placed together), a dated pause also on the day it ends, and someone who joined because an invitation
 * asked them to gets that invitation now, with its buttons.
 */
final class OnParticipation implements ParticipationChanged {
    private final Deps d;
    private final Invite invite;

    OnParticipation(Deps d, Invite invite) {
        this.d = d;
        this.invite = invite;
    }

    @Override
    public void changed(LeaderId leader, Instant now) {
        d.placeSoon(leader.workspace(), now);
        var found = d.leaders().find(leader);
        if (found.isEmpty()) return;
        Leader l = found.get();
        if (l.status() instanceof LeaderStatus.Paused p)
            p.until().ifPresent(u -> d.placeAt(leader.workspace(), u.atStartOfDay(l.zone()).toInstant()));
        if (l.status() instanceof LeaderStatus.Active) {
            Pool pool = null;
            for (Invitation i : d.store().invitations().inWorkspace(leader.workspace())) {
                if (i.status() == Invitation.Status.CLOSED) continue;
                if (i.invitee(leader).filter(x -> x.answer() == Invitation.Answer.PENDING).isEmpty()) continue;
                if (pool == null) pool = d.pool(leader.workspace());
                invite.ask(pool, i, leader);
            }
        }
    }
}
