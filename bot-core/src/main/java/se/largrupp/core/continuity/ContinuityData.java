package se.largrupp.core.continuity;

import java.util.LinkedHashSet;
import java.util.Set;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.PersonalData;

/**
 * Forget me for this feature: the leader's place on the waiting list, their answers, the open invitations they
 * started (a formed group stays, without their name), the proposals that name them. And where private messages may
 * name them: the people they were invited with or grouped with (an invitation, a placement notice), and the admins
 * (a proposal).
 */
final class ContinuityData implements PersonalData {
    private final Deps d;

    ContinuityData(Deps d) {
        this.d = d;
    }

    @Override
    public void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations) {
        ContinuityStore store = d.store();
        store.waiting().remove(leader);
        for (Invitation i : store.invitations().inWorkspace(leader.workspace())) {
            boolean started = i.initiator().filter(leader::equals).isPresent();
            if (started && i.status() == Invitation.Status.OPEN) store.invitations().delete(i.id());
            else if (started || i.invitee(leader).isPresent()) store.invitations().save(i.without(leader));
        }
        for (Proposal p : store.proposals().inWorkspace(leader.workspace()))
            if (p.members().contains(leader)) store.proposals().delete(p.id());
    }

    @Override
    public Set<ConversationRef> conversationsNaming(LeaderId leader) {
        Set<LeaderId> people = new LinkedHashSet<>();
        for (CoMembership c : d.groups().history(leader.workspace())) {
            if (c.a().equals(leader)) people.add(c.b());
            if (c.b().equals(leader)) people.add(c.a());
        }
        d.groups().activeGroupOf(leader).map(LearningGroup::members).ifPresent(people::addAll);
        for (Invitation i : d.store().invitations().inWorkspace(leader.workspace())) {
            boolean in = i.initiator().filter(leader::equals).isPresent() || i.invitee(leader).isPresent();
            if (!in) continue;
            i.initiator().ifPresent(people::add);
            i.invitees().forEach(x -> people.add(x.leader()));
        }
        people.addAll(d.admins().apply(leader.workspace()));
        people.remove(leader);
        Set<ConversationRef> out = new LinkedHashSet<>();
        people.forEach(p -> out.add(ConversationRef.direct(p)));
        return out;
    }
}
