package se.largrupp.core.continuity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;

/**
 * {@code group accept} / {@code group decline} (the buttons carry the invitation's id): the group forms on the third
 * yes (the initiator counts); a later yes joins the formed group while it has room; a no that leaves fewer than three
 * possible lets the invitation lapse, and the initiator is told each answer.
 */
final class AnswerInvitation implements CommandHandler<Command.GroupAnswer> {
    private final Deps d;
    private final FormGroup form;
    private final JoinGroup join;

    AnswerInvitation(Deps d, FormGroup form, JoinGroup join) {
        this.d = d;
        this.form = form;
        this.join = join;
    }

    @Override
    public Reply handle(CommandContext c, Command.GroupAnswer answer) {
        LeaderId me = c.actor();
        Optional<Invitation> found = answer.invitation().flatMap(d.store().invitations()::find)
                .filter(i -> i.workspace().equals(me.workspace()) && i.invitee(me).isPresent())
                // Typed without an id: the newest one still waiting for this answer (open before closed), else the
                // newest one answered already.
                .or(() -> d.store().invitations().inWorkspace(me.workspace()).stream().filter(i -> i.invitee(me).isPresent())
                        .max(Comparator.comparing((Invitation i) -> i.invitee(me).get().answer() == Invitation.Answer.PENDING)
                                .thenComparing(i -> i.status() != Invitation.Status.CLOSED)
                                .thenComparing(Invitation::createdAt)));
        if (found.isEmpty()) return c.toCaller("continuity.answer.none");
        Invitation invitation = found.get();
        if (invitation.status() == Invitation.Status.CLOSED) return c.toCaller("continuity.answer.closed");
        Invitation.Answer before = invitation.invitee(me).orElseThrow().answer();
        if (before != Invitation.Answer.PENDING)
            return c.toCaller("continuity.answer.already", c.text("continuity.answered." + before.name().toLowerCase()));
        if (c.leader().isEmpty())
            return Reply.toCaller(d.messages().joinFirst(c.language(), c.text("continuity.answer.joinFirst")));
        Pool pool = d.pool(me.workspace());
        return answer.accept() ? accept(c, pool, invitation.answer(me, Invitation.Answer.ACCEPTED))
                : decline(c, pool, invitation.answer(me, Invitation.Answer.DECLINED));
    }

    private Reply accept(CommandContext c, Pool pool, Invitation invitation) {
        d.store().invitations().save(invitation);
        tellInitiator(invitation, c.actor(), "continuity.initiator.accepted", pool);
        if (invitation.status() == Invitation.Status.FORMED) {
            Optional<LearningGroup> group = invitation.group().flatMap(d.groups()::find)
                    .filter(g -> g.isActive() && g.members().size() < LearningGroup.MAX_SIZE);
            if (group.isEmpty()) return c.toCaller("continuity.answer.full");
            pool.groupOf(c.actor()).filter(g -> !g.id().equals(group.get().id())).ifPresent(old -> form.switchOut(old, c.actor(), c.now()));
            LearningGroup joined = join.join(d.groups().find(group.get().id()).orElseThrow(), c.actor(), c.now());
            return c.toCaller("continuity.answer.joined", joined.name());
        }
        if (invitation.yes().size() >= LearningGroup.MIN_SIZE) {
            LearningGroup formed = form.form(invitation, c.now());
            return c.toCaller("continuity.answer.formed", formed.name());
        }
        return c.toCaller("continuity.answer.accepted", LearningGroup.MIN_SIZE - invitation.yes().size());
    }

    private Reply decline(CommandContext c, Pool pool, Invitation invitation) {
        tellInitiator(invitation, c.actor(), "continuity.initiator.declined", pool);
        if (invitation.status() == Invitation.Status.OPEN && !invitation.canStillForm()) {
            d.store().invitations().save(invitation.closed());
            d.wakeups().cancel(InvitationExpiry.TOPIC, InvitationExpiry.subject(invitation.id()));
            lapse(invitation, pool, List.of());
            d.placeSoon(invitation.workspace(), c.now());
        } else {
            d.store().invitations().save(invitation);
        }
        return c.toCaller(invitation.selfStarted() ? "continuity.answer.declined" : "continuity.answer.declinedOffer");
    }

    private void tellInitiator(Invitation invitation, LeaderId who, String key, Pool pool) {
        invitation.initiator().ifPresent(i -> d.tell(i, "answer:" + invitation.id() + ":" + i.key() + ":" + who.key(),
                d.messages().plain(d.language(i), key, StartOwnGroup.name(who, pool))));
    }

    /** Tells the initiator and those who said yes that the group did not come about (and who never answered). */
    void lapse(Invitation invitation, Pool pool, List<LeaderId> silent) {
        String key = "lapsed:" + invitation.id() + ":";
        for (LeaderId x : invitation.yes()) {
            String text = d.messages().text(d.language(x), "continuity.lapsed");
            if (!silent.isEmpty() && invitation.initiator().filter(x::equals).isPresent())
                text += " " + d.messages().text(d.language(x), "continuity.expired.silent",
                        d.messages().names(d.language(x), silent.stream().map(s -> StartOwnGroup.name(s, pool)).toList()));
            d.tell(x, key + x.key(), Message.text(text));
        }
    }
}
