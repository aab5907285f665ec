package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * Stores an invitation to a new group for seven days, with its expiry wake-up, and asks each invitee privately: with
 * Accept / Decline, or first to join the programme, or whether they want to switch from the group they are in. A
 * leader's own invitation ({@code group new}) and the bot's offer to waiting leaders go the same way.
 */
final class Invite {
    private final Deps d;

    Invite(Deps d) {
        this.d = d;
    }

    Invitation send(Pool pool, Optional<LeaderId> initiator, List<LeaderId> invitees, Instant now) {
        List<Invitation.Invitee> asked = invitees.stream().map(i -> new Invitation.Invitee(i, Invitation.Answer.PENDING)).toList();
        Invitation invitation = new Invitation(Deps.newId(), pool.workspace, initiator, initiator.isPresent(), now,
                StartOwnGroup.expiry(now), Invitation.Status.OPEN, Optional.empty(), initiator.isPresent(), asked);
        d.store().invitations().save(invitation);
        d.wakeups().schedule(InvitationExpiry.TOPIC, InvitationExpiry.subject(invitation.id()), invitation.expiresAt());
        for (LeaderId i : invitees) ask(pool, invitation, i);
        return invitation;
    }

    /** The invitee's private message; again after they joined, when the first one asked them to join first. */
    void ask(Pool pool, Invitation invitation, LeaderId invitee) {
        Language lang = d.language(invitee);
        ContinuityMessages m = d.messages();
        List<String> others = new ArrayList<>();
        // The initiator is named as the one who invites; "together with" lists the others.
        for (LeaderId x : invitation.answered(Invitation.Answer.ACCEPTED)) if (!x.equals(invitee)) others.add(label(lang, pool, x));
        for (LeaderId x : invitation.answered(Invitation.Answer.PENDING)) if (!x.equals(invitee)) others.add(label(lang, pool, x));
        String with = m.names(lang, others);
        String until = m.day(lang, invitation.expiresAt());
        String from = invitation.initiator().map(i -> StartOwnGroup.name(i, pool)).orElse("");
        String key = "invite:" + invitation.id() + ":" + invitee.key();
        if (!pool.inProgramme(invitee)) {
            d.tell(invitee, key + ":join", m.joinFirst(lang, invitation.selfStarted()
                    ? m.text(lang, "continuity.invite.joinFirst", from, with, until)
                    : m.text(lang, "continuity.offer.joinFirst", with, until)));
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(invitation.selfStarted() ? m.text(lang, "continuity.invite.text", from, with, until)
                : m.text(lang, "continuity.offer.text", with, until));
        pool.groupOf(invitee).map(LearningGroup::name).ifPresent(g -> paragraphs.add(m.text(lang, "continuity.invite.switch", g)));
        paragraphs.add(m.text(lang, "continuity.invite.typed"));
        String heading = invitation.selfStarted() ? m.text(lang, "continuity.invite.heading", from) : m.text(lang, "continuity.offer.heading");
        d.tell(invitee, key, m.answerable(lang, heading, paragraphs, invitation.id()));
    }

    /** What the initiator hears: who was invited (and proposed), who must join first, who is asked to switch. */
    Message sentReply(CommandContext c, Pool pool, Invitation invitation, boolean proposed) {
        Language lang = c.language();
        ContinuityMessages m = d.messages();
        List<LeaderId> invited = invitation.answered(Invitation.Answer.PENDING);
        String names = m.names(lang, invited.stream().map(x -> label(lang, pool, x)).toList());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text(m.text(lang, proposed ? "continuity.invite.sentProposed" : "continuity.invite.sent", names,
                m.day(lang, invitation.expiresAt()))));
        for (LeaderId x : invited) {
            if (!pool.inProgramme(x)) blocks.add(new Block.Context(m.text(lang, "continuity.invite.noteJoin", StartOwnGroup.name(x, pool))));
            else pool.groupOf(x).ifPresent(g -> blocks.add(new Block.Context(
                    m.text(lang, "continuity.invite.noteSwitch", StartOwnGroup.name(x, pool), g.name()))));
        }
        pool.groupOf(c.actor()).ifPresent(g -> blocks.add(new Block.Context(m.text(lang, "continuity.invite.noteOwnSwitch", g.name()))));
        return new Message(blocks);
    }

    private String label(Language lang, Pool pool, LeaderId id) {
        return pool.leader(id).map(l -> d.messages().member(lang, l)).orElse(id.user());
    }
}
