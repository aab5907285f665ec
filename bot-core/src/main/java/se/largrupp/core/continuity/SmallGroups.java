package se.largrupp.core.continuity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.Placements;

/**
 * A group down to two taking part, with nobody waiting to join it: the engine picks the small group that fits it best
 * and both are offered, in their conversations, to merge (both must accept) or to go on as two until the next
 * regrouping. Without a match the group hears, once, that the next newcomer comes to them first. A group that said no
 * is not asked again before the regrouping (its proposal stays, declined).
 */
final class SmallGroups {
    private final Deps d;

    SmallGroups(Deps d) {
        this.d = d;
    }

    /** @param justFilled groups this run placed someone into (by id): they are no longer small */
    void offer(Pool pool, Collection<String> justFilled) {
        List<LearningGroup> small = pool.active.stream().filter(g -> !justFilled.contains(g.id().value()))
                .filter(g -> pool.takingPart(g) <= 2 && g.conversation().isPresent()).toList();
        Set<GroupId> asked = new HashSet<>();
        for (Proposal p : d.store().proposals().inWorkspace(pool.workspace))
            if (p.kind() == Proposal.Kind.MERGE) { p.group().ifPresent(asked::add); p.other().ifPresent(asked::add); }
        Placements fitting = d.fitting(pool.workspace);
        for (LearningGroup g : small) {
            if (asked.contains(g.id())) continue;
            List<Placements.OpenGroup> others = new ArrayList<>();
            for (LearningGroup o : small)
                if (!o.id().equals(g.id()) && !asked.contains(o.id()))
                    others.add(new Placements.OpenGroup(o.id().value(), Pool.keys(o.members()), 0, true));
            Optional<LearningGroup> partner = fitting.partner(pool.candidates(), pool.history, Pool.keys(g.members()), others)
                    .flatMap(id -> small.stream().filter(o -> o.id().value().equals(id)).findFirst());
            if (partner.isEmpty()) {
                alone(g, pool);
                continue;
            }
            Proposal p = new Proposal(Deps.newId(), pool.workspace, Proposal.Kind.MERGE, Proposal.Status.PENDING, List.of(),
                    Optional.of(g.id()), Optional.of(partner.get().id()), false, false, pool.now);
            d.store().proposals().save(p);
            asked.add(g.id());
            asked.add(partner.get().id());
            post(g, partner.get(), p, pool);
            post(partner.get(), g, p, pool);
        }
    }

    private void post(LearningGroup to, LearningGroup with, Proposal p, Pool pool) {
        Language lang = Formats.groupLanguage(d.leaders(), to);
        List<Leader> people = with.members().stream().map(pool::leader).flatMap(Optional::stream).toList();
        String text = d.messages().text(lang, "continuity.merge.offer", with.name(), d.messages().members(lang, people));
        d.outbox().add(OutgoingMessage.post("merge:" + p.id() + ":" + to.id(), to.conversation().orElseThrow(),
                d.messages().mergeOffer(lang, text, p.id())));
    }

    private void alone(LearningGroup g, Pool pool) {
        Language lang = Formats.groupLanguage(d.leaders(), g);
        d.outbox().add(OutgoingMessage.post("small:" + g.id() + ":" + g.members().size() + ":" + pool.takingPart(g),
                g.conversation().orElseThrow(), Message.text(d.messages().text(lang, "continuity.small.alone"))));
    }
}
