package se.largrupp.core.insights;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.storage.Jdbc;

/**
 * Programme insights assembled from the repositories, as the regrouping feature is: the figures, {@code stats} in
 * short form and {@code encourage}. Install with {@code .handler(Command.Stats.class, insights.stats())
 * .handler(Command.Encourage.class, insights.encourage()).personalData(insights.personalData())}; the dashboard
 * reads {@link #figures()}.
 */
public final class InsightsFeature {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private final ProgrammeFigures figures;
    private final JdbcEncouragements encouragements;
    private final Encourage encourage;
    private final Optional<String> dashboardUrl;

    /** @param dashboardUrl where the dashboard answers ({@code LARGRUPP_PUBLIC_URL} + {@code /admin}), when known */
    public InsightsFeature(Jdbc jdbc, Leaders leaders, Groups groups, Meetings meetings, Outbox outbox, Texts texts, Clock clock,
                           Optional<String> dashboardUrl) {
        this.encouragements = new JdbcEncouragements(jdbc);
        this.figures = new ProgrammeFigures(new JdbcInsightsSource(jdbc, leaders, groups, meetings), DEFAULT_ZONE, encouragements, clock);
        this.encourage = new Encourage(encouragements, leaders, outbox, texts);
        this.dashboardUrl = dashboardUrl;
    }

    public ProgrammeFigures figures() {
        return figures;
    }

    public ShowInsights stats() {
        return new ShowInsights(figures, dashboardUrl);
    }

    public Encourage encourage() {
        return encourage;
    }

    public PersonalData personalData() {
        return encouragements;
    }
}
