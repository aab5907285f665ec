package se.largrupp.core.insights;

import java.time.Clock;
import java.time.ZoneId;
import se.largrupp.core.leaders.Workspace;

/** The figures of a workspace now, as an admin sees them or as a sponsor does (aggregates only). */
public final class ProgrammeFigures {
    private final InsightsSource source;
    private final ComputeFigures compute;
    private final Encouragements encouragements;
    private final Clock clock;

    public ProgrammeFigures(InsightsSource source, ZoneId zone, Encouragements encouragements, Clock clock) {
        this.source = source;
        this.compute = new ComputeFigures(zone);
        this.encouragements = encouragements;
        this.clock = clock;
    }

    public Figures of(Workspace workspace, boolean admin) {
        Figures all = compute.compute(source.load(workspace), clock.instant()).withEncouragements(encouragements.sent(workspace));
        return admin ? all : all.forSponsor();
    }
}
