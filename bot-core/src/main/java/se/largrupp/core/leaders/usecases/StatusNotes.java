package se.largrupp.core.leaders.usecases;

import java.util.List;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.port.Message;

/** What other features add to a leader's {@code status}: a place on the waiting list, an open invitation. */
@FunctionalInterface
public interface StatusNotes {
    List<Message.Field> fields(CommandContext context, Leader me);
}
