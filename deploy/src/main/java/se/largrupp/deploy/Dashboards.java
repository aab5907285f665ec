package se.largrupp.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.Largrupp;
import se.largrupp.core.insights.InsightsFeature;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.config.Settings.Key;
import se.largrupp.deploy.dashboard.DashboardServlet;
import se.largrupp.deploy.dashboard.DashboardSessions;
import se.largrupp.deploy.dashboard.MicrosoftProvider;
import se.largrupp.deploy.dashboard.SignInProvider;
import se.largrupp.deploy.dashboard.SlackProvider;
import se.largrupp.deploy.sandbox.DemoOrganisation;

/** Wires the dashboard: the sign-in providers the settings name, and in the sandbox its admin and sponsor. */
final class Dashboards {
    private Dashboards() {}

    static DashboardServlet servlet(Settings settings, DashboardSessions sessions, InsightsFeature insights, Largrupp core,
                                    DemoOrganisation demo, Optional<SlackProvider.Exchange> slack, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<SignInProvider> providers = new ArrayList<>();
        slack.ifPresent(s -> providers.add(new SlackProvider(s, http, clock)));
        if (settings.has(Key.MICROSOFT_APP_ID) && settings.has(Key.MICROSOFT_APP_PASSWORD)) {
            URI login = URI.create(settings.raw(Key.GRAPH_LOGIN_URL).orElse("https://login.microsoftonline.com/"));
            providers.add(new MicrosoftProvider(http, login, settings.raw(Key.MICROSOFT_APP_TENANT_ID).orElse("organizations"),
                    settings.raw(Key.MICROSOFT_APP_ID).get(), settings.raw(Key.MICROSOFT_APP_PASSWORD).get(), clock));
        }
        Optional<DashboardServlet.SandboxSignIn> sandbox = Optional.ofNullable(demo).map(d -> new DashboardServlet.SandboxSignIn(
                d.dashboardPeople().stream().map(p -> new DashboardServlet.SandboxPerson(p[0], p[1], DemoOrganisation.leaderId(p[0]))).toList()));
        return new DashboardServlet(sessions, providers, insights.figures(), core.admins(), core.sponsors(),
                settings.publicUrl().map(URI::create), sandbox);
    }
}
