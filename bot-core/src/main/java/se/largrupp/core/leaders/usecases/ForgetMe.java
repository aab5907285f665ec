package se.largrupp.core.leaders.usecases;

import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/** GDPR art. 17: first asks, then erases the leader everywhere ({@link EraseLeader}). */
public final class ForgetMe implements CommandHandler<Command.ForgetMe> {
    private final Leaders leaders;
    private final Admins admins;
    private final EraseLeader erase;
    private final java.util.function.Predicate<LeaderId> storedElsewhere;

    public ForgetMe(Leaders leaders, Admins admins, EraseLeader erase) {
        this(leaders, admins, erase, who -> false);
    }

    /** @param storedElsewhere whether another role keeps the person (a sponsor who never joined) */
    public ForgetMe(Leaders leaders, Admins admins, EraseLeader erase, java.util.function.Predicate<LeaderId> storedElsewhere) {
        this.leaders = leaders;
        this.admins = admins;
        this.erase = erase;
        this.storedElsewhere = storedElsewhere;
    }

    @Override
    public Reply handle(CommandContext c, Command.ForgetMe command) {
        LeaderId me = c.actor();
        boolean stored = leaders.find(me).isPresent() || admins.isAdmin(me) || storedElsewhere.test(me);
        if (!stored) return c.toCaller("leaders.forget.nothing");
        if (!command.confirmed()) {
            return Reply.toCaller(Message.of(new Message.Block.Text(c.text("leaders.forget.ask")),
                    new Message.Block.Actions(List.of(new Message.Button("forget-me-confirm", c.text("leaders.forget.button"),
                            new Command.ForgetMe(true).canonical(), Message.Style.DANGER)))));
        }
        erase.erase(me, c.invocation().actorName(), c.now());
        return c.toCaller("leaders.forget.done");
    }
}
