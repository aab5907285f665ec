package se.largrupp.core.leaders.usecases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/**
 * Sits out for a while (parental leave, busy season); with a date the pause ends by itself. The group stays. Typed in
 * a group's own conversation, where a round's timer is held with {@code hold} / {@code vänta}, "pause" is easily meant
 * for the round: there the bot first asks, and a confirmation ({@code pause confirm}, the button) pauses.
 */
public final class PauseParticipation implements CommandHandler<Command.Pause> {
    private final Leaders leaders;
    private final Groups groups;
    private final List<ParticipationChanged> listeners;

    public PauseParticipation(Leaders leaders, Groups groups) {
        this(leaders, groups, List.of());
    }

    /** @param listeners told of the pause: a group down to two taking part is refilled, and a dated pause ends */
    public PauseParticipation(Leaders leaders, Groups groups, List<ParticipationChanged> listeners) {
        this.leaders = leaders;
        this.groups = groups;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Reply handle(CommandContext c, Command.Pause pause) {
        Leader leader = c.leader().orElseThrow();
        // A date picker can send any date; the parser's rules hold here too.
        java.time.LocalDate today = c.now().atZone(leader.zone()).toLocalDate();
        if (pause.until().filter(d -> !d.isAfter(today)).isPresent())
            return c.refuse(Refusal.withUsage("commands.usage.pause", "commands.refusal.pastDate", pause.until().get().toString()));
        if (pause.until().filter(d -> d.isAfter(today.plusYears(2))).isPresent())
            return c.refuse(Refusal.withUsage("commands.usage.pause", "commands.refusal.farDate", pause.until().get().toString()));
        if (!pause.confirmed() && groups.byConversation(c.invocation().conversation()).isPresent()) return ask(c, pause);
        leaders.save(leader.withStatus(new LeaderStatus.Paused(pause.until())));
        listeners.forEach(l -> l.changed(leader.id(), c.now()));
        return pause.until()
                .map(d -> c.toCaller("leaders.pause.until", DateTimeFormatter.ofPattern("d MMMM yyyy", c.language().locale()).format(d)))
                .orElseGet(() -> c.toCaller("leaders.pause.open"));
    }

    private static Reply ask(CommandContext c, Command.Pause pause) {
        Command.Pause confirmed = new Command.Pause(pause.until(), true);
        return Reply.toCaller(Message.of(new Message.Block.Text(c.text("leaders.pause.ask")),
                new Message.Block.Actions(List.of(new Message.Button("pause-confirm", c.text("leaders.pause.button"),
                        confirmed.canonical(), Message.Style.DEFAULT)))));
    }
}
