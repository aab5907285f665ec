package se.largrupp.core.continuity;

import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.Message;

/** {@code group keep|mix}: a group its members started chooses whether the next regrouping keeps it together. */
final class KeepChoice implements CommandHandler<Command.GroupKeep> {
    private final Deps d;

    KeepChoice(Deps d) {
        this.d = d;
    }

    @Override
    public Reply handle(CommandContext c, Command.GroupKeep choice) {
        LearningGroup group = c.group().orElseThrow(); // a group command: the service checked the caller has one
        Optional<Invitation> own = d.store().invitations().inWorkspace(group.workspace()).stream()
                .filter(i -> i.selfStarted() && i.group().filter(group.id()::equals).isPresent()).findFirst();
        if (own.isEmpty()) return c.toCaller("continuity.keep.notOwn");
        d.store().invitations().save(own.get().keepingTogether(choice.keep()));
        return Reply.toConversation(Message.text(c.text(choice.keep() ? "continuity.keep.keep" : "continuity.keep.mix",
                c.invocation().actorName())));
    }
}
