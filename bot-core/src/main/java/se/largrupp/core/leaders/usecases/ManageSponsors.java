package se.largrupp.core.leaders.usecases;

import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.SponsorCheck;
import se.largrupp.core.leaders.Sponsors;
import se.largrupp.core.leaders.UserReference;

/** An admin adds or removes a sponsor of the same workspace. Configured sponsors can only be changed in config. */
public final class ManageSponsors implements CommandHandler<Command.Sponsor> {
    private final Sponsors sponsors;
    private final SponsorCheck check;
    private final Leaders leaders;

    public ManageSponsors(Sponsors sponsors, SponsorCheck check, Leaders leaders) {
        this.sponsors = sponsors;
        this.check = check;
        this.leaders = leaders;
    }

    @Override
    public Reply handle(CommandContext c, Command.Sponsor command) {
        Optional<LeaderId> who = UserReference.resolve(command.who(), c.actor().workspace());
        if (who.isEmpty()) return c.refuse(Refusal.withUsage("commands.usage.sponsor", "commands.refusal.badUser", command.who()));
        String name = Formats.name(leaders, who.get());
        if (command.add()) {
            if (check.isSponsor(who.get())) return c.toCaller("insights.sponsor.already", name);
            sponsors.add(who.get(), c.actor());
            return c.toCaller("insights.sponsor.added", name);
        }
        if (check.isConfigured(who.get())) return c.refuse("insights.sponsor.configured", name);
        if (!sponsors.isSponsor(who.get())) return c.refuse("insights.sponsor.notSponsor", name);
        sponsors.remove(who.get());
        return c.toCaller("insights.sponsor.removed", name);
    }
}
