package se.largrupp.core.continuity;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;

/**
 * An admin's {@code placement approve|skip <id>}: the first admin to answer decides. Approving checks again that
 * it still holds (the newcomer still waits, the group still has room, no hard rule is broken) before it is carried
 * out; skipping leaves the newcomer waiting, and that placement is not proposed again.
 */
final class DecideProposal implements CommandHandler<Command.Placement> {
    private final Deps d;
    private final JoinGroup join;
    private final Invite invite;

    DecideProposal(Deps d, JoinGroup join, Invite invite) {
        this.d = d;
        this.join = join;
        this.invite = invite;
    }

    @Override
    public Reply handle(CommandContext c, Command.Placement decision) {
        Optional<Proposal> found = d.store().proposals().find(decision.proposal())
                .filter(p -> p.workspace().equals(c.actor().workspace()) && p.kind() != Proposal.Kind.MERGE);
        if (found.isEmpty()) return c.toCaller("continuity.approve.none");
        Proposal p = found.get();
        if (!p.pending()) return c.toCaller("continuity.approve.decided");
        if (!decision.approve()) {
            d.store().proposals().save(p.withStatus(Proposal.Status.SKIPPED));
            d.placeSoon(p.workspace(), c.now());
            return c.toCaller("continuity.approve.skipped");
        }
        Pool pool = d.pool(p.workspace());
        boolean waiting = p.members().stream().allMatch(m -> pool.takesPart(m) && pool.groupOf(m).isEmpty());
        d.store().proposals().save(p.withStatus(Proposal.Status.DONE));
        if (!waiting) return c.toCaller("continuity.approve.stale");
        if (p.kind() == Proposal.Kind.PLACE) {
            Optional<LearningGroup> group = p.group().flatMap(d.groups()::find)
                    .filter(g -> g.isActive() && g.members().size() < LearningGroup.MAX_SIZE);
            LeaderId newcomer = p.members().get(0);
            List<LeaderId> together = group.map(g -> {
                List<LeaderId> all = new java.util.ArrayList<>(g.members());
                all.add(newcomer);
                return all;
            }).orElse(List.of());
            if (group.isEmpty() || !d.fitting(pool.workspace).conflicts(pool.candidates(), Pool.keys(together)).isEmpty())
                return c.toCaller("continuity.approve.stale");
            LearningGroup joined = join.join(group.get(), newcomer, c.now());
            return c.toCaller("continuity.approve.placed", StartOwnGroup.name(newcomer, pool), joined.name());
        }
        invite.send(pool, Optional.empty(), p.members(), c.now());
        return c.toCaller("continuity.approve.offered", p.members().size());
    }
}
