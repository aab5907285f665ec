package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.UserReference;
import se.largrupp.core.regrouping.Placements;

/**
 * {@code group new @a @b [@c]}: a leader starts a group of their own. Everything that cannot work is refused at once,
 * with the reason, and nothing is stored: oneself, more than three, an unknown person, a manager or report within the
 * depth, a not-with wish (named discreetly: the lists are confidential), an initiative already open. Fewer than two
 * named asks the engine for colleagues among those waiting. Then the invitation is stored for seven days and each
 * invitee gets it privately, with Accept / Decline; someone not in the programme is first invited to join, someone in
 * a group is asked whether they want to switch.
 */
final class StartOwnGroup implements CommandHandler<Command.GroupNew> {
    private final Deps d;
    private final Invite invite;

    StartOwnGroup(Deps d, Invite invite) {
        this.d = d;
        this.invite = invite;
    }

    @Override
    public Reply handle(CommandContext c, Command.GroupNew command) {
        Leader me = c.leader().orElseThrow(); // the command service lets only joined leaders through
        Pool pool = d.pool(me.id().workspace());
        if (!pool.takesPart(me.id())) return c.refuse("continuity.refused.paused");
        List<LeaderId> invitees = new ArrayList<>();
        for (String typed : command.invitees()) {
            Optional<LeaderId> who = resolve(typed, c, pool);
            if (who.isEmpty()) return c.refuse(Refusal.withUsage("commands.usage.group", "continuity.refused.unknown", typed.strip()));
            if (who.get().equals(me.id())) return c.refuse("continuity.refused.self");
            if (!invitees.contains(who.get())) invitees.add(who.get());
        }
        if (invitees.size() > 3) return c.refuse(Refusal.withUsage("commands.usage.group", "commands.refusal.tooManyInvitees", 3));
        Optional<Invitation> open = d.store().invitations().inWorkspace(pool.workspace).stream()
                .filter(i -> i.status() == Invitation.Status.OPEN && i.initiator().filter(me.id()::equals).isPresent()).findFirst();
        if (open.isPresent()) return c.refuse("continuity.refused.open", names(c, open.get().answered(Invitation.Answer.PENDING), pool),
                d.messages().day(c.language(), open.get().expiresAt()));
        List<LeaderId> everyone = new ArrayList<>(List.of(me.id()));
        everyone.addAll(invitees);
        Optional<Reply> conflict = conflict(c, pool, everyone);
        if (conflict.isPresent()) return conflict.get();
        boolean proposed = invitees.size() < 2;
        if (proposed) {
            Optional<List<LeaderId>> colleagues = propose(pool, everyone);
            if (colleagues.isEmpty()) return c.refuse(Refusal.withUsage("commands.usage.group", "continuity.refused.noneToPropose"));
            colleagues.get().stream().filter(x -> !everyone.contains(x)).forEach(invitees::add);
        }
        Invitation invitation = invite.send(pool, Optional.of(me.id()), invitees, c.now());
        return Reply.toCaller(invite.sentReply(c, pool, invitation, proposed));
    }

    /** A mention is the platform's own person; a typed id or @name must be someone the programme knows. */
    private static Optional<LeaderId> resolve(String typed, CommandContext c, Pool pool) {
        String t = typed.strip();
        if (t.startsWith("@")) t = t.substring(1);
        Optional<LeaderId> id = UserReference.resolve(t, c.actor().workspace());
        if (id.isEmpty() || UserReference.isMention(typed)) return id;
        return id.filter(x -> pool.leader(x).isPresent());
    }

    /** The first pair that breaks a hard rule, as a refusal that never says whose not-with list it is. */
    private Optional<Reply> conflict(CommandContext c, Pool pool, List<LeaderId> members) {
        List<Placements.Conflict> found = d.fitting(pool.workspace).conflicts(pool.candidates(new LinkedHashSet<>(members)), Pool.keys(members));
        if (found.isEmpty()) return Optional.empty();
        Placements.Conflict first = found.get(0);
        String a = name(LeaderId.parse(first.a()), pool), b = name(LeaderId.parse(first.b()), pool);
        return Optional.of(first.manager() ? c.refuse("continuity.refused.manager", a, b)
                : c.refuse("continuity.refused.notWith", a, b));
    }

    /** Colleagues among those waiting (other departments, not met before), for a group of three or four. */
    private Optional<List<LeaderId>> propose(Pool pool, List<LeaderId> fixed) {
        Set<LeaderId> busy = Busy.of(d.store(), pool.workspace);
        // The queue first (longest waiting first), then anyone else without a group, in join order.
        Set<LeaderId> ordered = new LinkedHashSet<>();
        d.store().waiting().of(pool.workspace).forEach(e -> ordered.add(e.leader()));
        pool.leaders.forEach(l -> ordered.add(l.id()));
        List<LeaderId> waiting = ordered.stream().filter(pool::takesPart).filter(l -> pool.groupOf(l).isEmpty())
                .filter(l -> !busy.contains(l)).filter(l -> !fixed.contains(l)).toList();
        var byKey = Pool.byKey(waiting);
        return d.fitting(pool.workspace).group(pool.candidates(Set.copyOf(fixed)), pool.history, Pool.keys(fixed), Pool.keys(waiting),
                3, 4, Set.of()).map(g -> g.stream().map(byKey::get).filter(x -> x != null).toList());
    }

    private String names(CommandContext c, List<LeaderId> ids, Pool pool) {
        return d.messages().names(c.language(), ids.stream().map(i -> name(i, pool)).toList());
    }

    static String name(LeaderId id, Pool pool) {
        return pool.leader(id).map(Leader::displayName).orElse(id.user());
    }

    static Instant expiry(Instant now) {
        return now.plus(ContinuityOptions.INVITATION);
    }
}
