package se.largrupp.core.leaders.usecases;

import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/** The leader's language choice, which wins over the platform's locale from now on. */
public final class ChooseLanguage implements CommandHandler<Command.SetLanguage> {
    private final Leaders leaders;

    public ChooseLanguage(Leaders leaders) {
        this.leaders = leaders;
    }

    @Override
    public Reply handle(CommandContext c, Command.SetLanguage command) {
        Leader leader = c.leader().orElseThrow();
        leaders.save(leader.withLanguage(Optional.of(command.language())));
        return Reply.toCaller(Message.text(c.texts().get(command.language(), "leaders.language.done")));
    }
}
