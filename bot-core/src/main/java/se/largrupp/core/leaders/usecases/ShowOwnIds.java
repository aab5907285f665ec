package se.largrupp.core.leaders.usecases;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;

/**
 * {@code whoami}: the caller's own ids, so they can give them to whoever sets {@code LARGRUPP_ADMINS}. Nobody can see
 * their Entra object id in Teams, and a Slack member id hides in a profile menu. Shows only what the caller sent.
 */
public final class ShowOwnIds implements CommandHandler<Command.WhoAmI> {
    @Override
    public Reply handle(CommandContext c, Command.WhoAmI command) {
        LeaderId me = c.actor();
        String platform = me.workspace().platform().key();
        List<Message.Field> fields = new ArrayList<>(List.of(
                new Message.Field(c.text("leaders.whoami.platform"), c.text("leaders.whoami.platform." + platform)),
                new Message.Field(c.text("leaders.whoami.workspace." + platform), me.workspace().id()),
                new Message.Field(c.text("leaders.whoami.user." + platform), me.user())));
        if (!c.invocation().addresses().isEmpty())
            fields.add(new Message.Field(c.text("leaders.whoami.email"), String.join(", ", c.invocation().addresses())));
        return Reply.toCaller(Message.of(
                new Message.Block.Heading(c.text("leaders.whoami.title")),
                new Message.Block.Fields(fields),
                new Message.Block.Text(c.text(c.admin() ? "leaders.whoami.admin" : "leaders.whoami.notAdmin")),
                new Message.Block.Context(c.text("leaders.whoami.entry", me.key()))));
    }
}
