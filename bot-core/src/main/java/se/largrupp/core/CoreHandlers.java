package se.largrupp.core;

import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.commands.ShowHelp;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.leaders.AdminCheck;

/** The handlers the core itself provides. */
final class CoreHandlers {
    private CoreHandlers() {}

    static void register(HandlerRegistry r, Largrupp.Ports p, AdminCheck admins, List<BookingChanged> bookingListeners) {
        r.register(Command.Help.class, new ShowHelp());
    }
}
