package se.largrupp.core.leaders.usecases;

import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.UserReference;

/** An admin adds or removes another admin of the same workspace. Configured admins can only be changed in config. */
public final class ManageAdmins implements CommandHandler<Command.Admin> {
    private final Admins admins;
    private final AdminCheck check;
    private final Leaders leaders;

    public ManageAdmins(Admins admins, AdminCheck check, Leaders leaders) {
        this.admins = admins;
        this.check = check;
        this.leaders = leaders;
    }

    @Override
    public Reply handle(CommandContext c, Command.Admin command) {
        Optional<LeaderId> who = UserReference.resolve(command.who(), c.actor().workspace());
        if (who.isEmpty()) return c.refuse(Refusal.withUsage("commands.usage.admin", "commands.refusal.badUser", command.who()));
        String name = Formats.name(leaders, who.get());
        if (command.add()) {
            if (check.isAdmin(who.get())) return c.toCaller("leaders.admin.already", name);
            admins.add(who.get(), c.actor());
            return c.toCaller("leaders.admin.added", name);
        }
        if (check.isConfigured(who.get())) return c.refuse("leaders.admin.configured", name);
        if (!admins.isAdmin(who.get())) return c.refuse("leaders.admin.notAdmin", name);
        admins.remove(who.get());
        return c.toCaller("leaders.admin.removed", name);
    }
}
