package se.largrupp.core.continuity;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.usecases.StatusNotes;
import se.largrupp.core.port.Message;

/** What {@code status} adds: the place on the waiting list and what happens next, and invitations open to answer. */
final class WaitingNotes implements StatusNotes {
    private final Deps d;
    private final WaitingMessages waiting;

    WaitingNotes(Deps d, WaitingMessages waiting) {
        this.d = d;
        this.waiting = waiting;
    }

    @Override
    public List<Message.Field> fields(CommandContext c, Leader me) {
        List<Message.Field> out = new ArrayList<>();
        boolean grouped = c.group().filter(g -> g.hasMember(me.id())).isPresent();
        List<WaitingEntry> queue = d.store().waiting().of(me.id().workspace());
        for (int i = 0; i < queue.size() && !grouped; i++) {
            if (!queue.get(i).leader().equals(me.id())) continue;
            out.add(new Message.Field(c.text("continuity.field.waiting"), c.text("continuity.status.waiting", i + 1, queue.size())
                    + " " + waiting.next(c.language(), me.id().workspace(), c.now().atZone(me.zone()).toLocalDate())));
        }
        Pool pool = null;
        for (Invitation inv : d.store().invitations().inWorkspace(me.id().workspace())) {
            if (inv.status() == Invitation.Status.CLOSED) continue;
            boolean asked = inv.invitee(me.id()).filter(x -> x.answer() == Invitation.Answer.PENDING).isPresent();
            boolean mine = inv.status() == Invitation.Status.OPEN && inv.initiator().filter(me.id()::equals).isPresent();
            if (!asked && !mine) continue;
            if (pool == null) pool = d.pool(me.id().workspace());
            Pool p = pool;
            String until = d.messages().day(c.language(), inv.expiresAt());
            if (asked) {
                String text = inv.initiator().map(x -> c.text("continuity.status.invited", StartOwnGroup.name(x, p), until))
                        .orElseGet(() -> c.text("continuity.status.offered", until));
                out.add(new Message.Field(c.text("continuity.field.invitation"), text));
            } else {
                out.add(new Message.Field(c.text("continuity.field.ownInvitation"), c.text("continuity.status.ownInvitation",
                        d.messages().names(c.language(), inv.answered(Invitation.Answer.PENDING).stream().map(x -> StartOwnGroup.name(x, p)).toList()),
                        inv.yes().size(), until)));
            }
        }
        return out;
    }
}
