package se.largrupp.core.leaders.usecases;

import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;

/** Takes part again after a pause. */
public final class ResumeParticipation implements CommandHandler<Command.Resume> {
    private final Leaders leaders;
    private final List<ParticipationChanged> listeners;

    public ResumeParticipation(Leaders leaders) {
        this(leaders, List.of());
    }

    public ResumeParticipation(Leaders leaders, List<ParticipationChanged> listeners) {
        this.leaders = leaders;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Reply handle(CommandContext c, Command.Resume command) {
        Leader leader = c.leader().orElseThrow();
        if (!(leader.status() instanceof LeaderStatus.Paused)) return c.toCaller("leaders.resume.notPaused");
        leaders.save(leader.withStatus(LeaderStatus.active()));
        listeners.forEach(l -> l.changed(leader.id(), c.now()));
        return c.toCaller("leaders.resume.done");
    }
}
