package se.largrupp.core.continuity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * {@code LARGRUPP_PLACEMENT=approve}: each placement and each new group of waiting leaders goes to the workspace's
 * admins, privately, with Approve / Skip. What an admin skipped is not proposed again while it would be the same.
 */
final class Approvals {
    private final Deps d;

    Approvals(Deps d) {
        this.d = d;
    }

    void proposePlace(Pool pool, LearningGroup group, LeaderId newcomer) {
        Proposal p = new Proposal(Deps.newId(), pool.workspace, Proposal.Kind.PLACE, Proposal.Status.PENDING, List.of(newcomer),
                Optional.of(group.id()), Optional.empty(), false, false, pool.now);
        d.store().proposals().save(p);
        for (LeaderId admin : d.admins().apply(pool.workspace)) {
            Language lang = d.language(admin);
            String text = d.messages().text(lang, "continuity.approve.place", label(lang, pool, newcomer), group.name(),
                    d.messages().members(lang, people(pool, group.members())));
            d.tell(admin, "proposal:" + p.id() + ":" + admin.key() + ":" + newcomer.key(), d.messages().proposal(lang, text, p.id()));
        }
    }

    void proposeNewGroup(Pool pool, List<LeaderId> members) {
        Proposal p = new Proposal(Deps.newId(), pool.workspace, Proposal.Kind.NEW_GROUP, Proposal.Status.PENDING, members,
                Optional.empty(), Optional.empty(), false, false, pool.now);
        d.store().proposals().save(p);
        for (LeaderId admin : d.admins().apply(pool.workspace)) {
            Language lang = d.language(admin);
            String text = d.messages().text(lang, "continuity.approve.newGroup", members.size(), d.messages().members(lang, people(pool, members)));
            d.tell(admin, "proposal:" + p.id() + ":" + admin.key(), d.messages().proposal(lang, text, p.id()));
        }
    }

    /** Newcomers already promised to a group by a pending proposal. */
    int promised(Workspace ws, GroupId group) {
        return (int) d.store().proposals().inWorkspace(ws).stream()
                .filter(p -> p.pending() && p.kind() == Proposal.Kind.PLACE && p.group().filter(group::equals).isPresent()).count();
    }

    /** {@code newcomer + "\t" + group} of every skipped placement, for the engine to leave out. */
    Set<String> skippedPlaces(Workspace ws) {
        Set<String> out = new HashSet<>();
        for (Proposal p : d.store().proposals().inWorkspace(ws))
            if (p.kind() == Proposal.Kind.PLACE && p.status() == Proposal.Status.SKIPPED && p.group().isPresent())
                p.members().forEach(m -> out.add(m.key() + "\t" + p.group().get().value()));
        return out;
    }

    Set<Set<String>> skippedGroups(Workspace ws) {
        Set<Set<String>> out = new HashSet<>();
        for (Proposal p : d.store().proposals().inWorkspace(ws))
            if (p.kind() == Proposal.Kind.NEW_GROUP && p.status() == Proposal.Status.SKIPPED)
                out.add(Set.copyOf(Pool.keys(p.members())));
        return out;
    }

    private String label(Language lang, Pool pool, LeaderId id) {
        return pool.leader(id).map(l -> d.messages().member(lang, l)).orElse(id.user());
    }

    private static List<Leader> people(Pool pool, List<LeaderId> ids) {
        return ids.stream().map(pool::leader).flatMap(Optional::stream).toList();
    }
}
