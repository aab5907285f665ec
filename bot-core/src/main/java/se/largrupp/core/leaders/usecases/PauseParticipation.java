package se.largrupp.core.leaders.usecases;

import java.time.format.DateTimeFormatter;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;

/** Sits out for a while (parental leave, busy season); with a date the pause ends by itself. The group stays. */
public final class PauseParticipation implements CommandHandler<Command.Pause> {
    private final Leaders leaders;
    private final java.util.List<ParticipationChanged> listeners;

    public PauseParticipation(Leaders leaders) {
        this(leaders, java.util.List.of());
    }

    /** @param listeners told of the pause: a group down to two taking part is refilled, and a dated pause ends */
    public PauseParticipation(Leaders leaders, java.util.List<ParticipationChanged> listeners) {
        this.leaders = leaders;
        this.listeners = java.util.List.copyOf(listeners);
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
        leaders.save(leader.withStatus(new LeaderStatus.Paused(pause.until())));
        listeners.forEach(l -> l.changed(leader.id(), c.now()));
        return pause.until()
                .map(d -> c.toCaller("leaders.pause.until", DateTimeFormatter.ofPattern("d MMMM yyyy", c.language().locale()).format(d)))
                .orElseGet(() -> c.toCaller("leaders.pause.open"));
    }
}
