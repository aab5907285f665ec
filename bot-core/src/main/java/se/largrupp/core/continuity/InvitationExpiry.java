package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Seven days after an invitation: a formed group's initiator hears who never answered; an invitation that has not
 * formed forms now if it has three, else it lapses and those who said yes are told. Either way it is closed, so a
 * second run is a no-op.
 */
final class InvitationExpiry implements Wakeups.Handler {
    static final String TOPIC = "continuity.invitation";
    private final Deps d;
    private final FormGroup form;
    private final AnswerInvitation answers;

    InvitationExpiry(Deps d, FormGroup form, AnswerInvitation answers) {
        this.d = d;
        this.form = form;
        this.answers = answers;
    }

    static String subject(String invitation) {
        return "invitation:" + invitation;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        String id = subject.substring("invitation:".length());
        Transactions t = d.transactions();
        t.inTransaction(() -> expire(id));
    }

    private void expire(String id) {
        Optional<Invitation> found = d.store().invitations().find(id);
        if (found.isEmpty() || found.get().status() == Invitation.Status.CLOSED) return;
        Invitation invitation = found.get();
        Instant now = d.clock().instant();
        if (now.isBefore(invitation.expiresAt())) { // moved? wake again when it is due
            d.wakeups().schedule(TOPIC, subject(id), invitation.expiresAt());
            return;
        }
        Pool pool = d.pool(invitation.workspace());
        List<LeaderId> silent = invitation.answered(Invitation.Answer.PENDING);
        if (invitation.status() == Invitation.Status.OPEN && invitation.yes().size() >= 3) {
            form.form(invitation, now);
            invitation = d.store().invitations().find(id).orElseThrow();
        }
        if (invitation.status() == Invitation.Status.FORMED) {
            Invitation formed = invitation;
            if (!silent.isEmpty()) formed.initiator().ifPresent(i -> d.tell(i, "expired:" + id + ":" + i.key(),
                    Message.text(d.messages().text(d.language(i), "continuity.expired.noAnswer",
                            d.messages().names(d.language(i), silent.stream().map(s -> StartOwnGroup.name(s, pool)).toList())))));
        } else {
            answers.lapse(invitation, pool, silent);
        }
        d.store().invitations().save(invitation.closed());
        d.placeSoon(invitation.workspace(), now);
    }
}
