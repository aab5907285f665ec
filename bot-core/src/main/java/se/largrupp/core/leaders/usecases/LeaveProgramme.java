package se.largrupp.core.leaders.usecases;

import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Outbox;

/** Leaves the programme: the leader is marked as left and taken out of their group, whose members are told. */
public final class LeaveProgramme implements CommandHandler<Command.Leave> {
    private final Leaders leaders;
    private final GroupDeparture departure;
    private final List<ParticipationChanged> listeners;

    public LeaveProgramme(Leaders leaders, Groups groups, Outbox outbox, Texts texts, List<BookingChanged> bookingListeners) {
        this(leaders, groups, outbox, texts, bookingListeners, List.of());
    }

    public LeaveProgramme(Leaders leaders, Groups groups, Outbox outbox, Texts texts, List<BookingChanged> bookingListeners,
                          List<ParticipationChanged> listeners) {
        this.leaders = leaders;
        this.departure = new GroupDeparture(groups, leaders, outbox, texts, bookingListeners);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Reply handle(CommandContext c, Command.Leave command) {
        Leader leader = c.leader().orElseThrow(); // the command service lets only joined leaders through
        leaders.save(leader.withStatus(new LeaderStatus.Left()));
        departure.depart(leader.id(), leader.displayName(), true, c.now());
        listeners.forEach(l -> l.changed(leader.id(), c.now()));
        return c.toCaller("leaders.leave.done");
    }
}
