package se.largrupp.deploy;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.Largrupp;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.delivery.OutboxSender;
import se.largrupp.core.delivery.OutboxStore;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.insights.InsightsFeature;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.installations.JdbcInstallations;
import se.largrupp.core.settings.JdbcWorkspaceSettings;
import se.largrupp.core.settings.SettingsFeature;
import se.largrupp.core.installations.JdbcOAuthStates;
import se.largrupp.core.installations.SecretKeyCheck;
import se.largrupp.core.installations.TokenCipher;
import se.largrupp.core.installations.WorkspaceLifecycle;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.calendar.CalendarFeature;
import se.largrupp.core.meetings.calendar.CalendarInvites;
import se.largrupp.core.port.OutgoingMessages;
import se.largrupp.core.regrouping.JdbcRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.OrgChartCommands;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.scheduling.TimeScale;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.deploy.StopSteps.Phase;
import se.largrupp.deploy.calendar.CalendarFeedServlet;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.dashboard.DashboardSessions;
import se.largrupp.deploy.dashboard.SlackProvider;
import se.largrupp.deploy.http.HealthServlet;
import se.largrupp.deploy.http.MetricsServlet;
import se.largrupp.deploy.http.Readiness;
import se.largrupp.deploy.http.ReadinessServlet;
import se.largrupp.deploy.http.RequestLogFilter;
import se.largrupp.deploy.http.ServletFaults;
import se.largrupp.deploy.http.WebServer;
import se.largrupp.deploy.routing.PlatformRouter;
import se.largrupp.deploy.sandbox.DemoOrganisation;
import se.largrupp.deploy.sandbox.Sandbox;
import se.largrupp.deploy.time.MisfireMeter;
import se.largrupp.deploy.time.Scheduler;
import se.largrupp.deploy.time.TimeScaleSwitch;
import se.largrupp.slack.SlackAdapter;
import se.largrupp.slack.SlackDistribution;
import se.largrupp.slack.SlackSettings;
import se.largrupp.slack.signin.SlackOpenId;
import se.largrupp.teams.TeamsAdapter;
import se.largrupp.teams.TeamsSettings;
import se.largrupp.teams.graph.GraphClient;
import se.largrupp.teams.graph.GraphOrganizerCalendar;
import se.largrupp.teams.graph.GraphSettings;

/**
 * The composition root: storage, the core, the scheduler, the outbox sender, the configured adapters (or the
 * sandbox) and one HTTP server. {@link #stop} undoes it gracefully, in the order of {@link StopSteps.Phase}.
 */
public final class Application {
    private static final int POOL_SIZE = 24;
    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final StopSteps stops = new StopSteps();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Readiness readiness = new Readiness();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private WebServer web;
    private boolean stopping;

    private Application() {}

    /** The Slack workspace's e-mail look-up, for the command line's import: only the assembly knows the adapters. */
    public static se.largrupp.core.orgchart.PeopleByEmail slackPeopleByEmail(String botToken, java.net.URI apiUrl) {
        return se.largrupp.slack.directory.SlackPeopleByEmail.create(botToken, apiUrl);
    }

    /** A Teams tenant's e-mail look-up through Graph, for the command line's import, when the Graph settings allow it. */
    public static Optional<se.largrupp.core.orgchart.PeopleByEmail> graphPeopleByEmail(Settings settings) {
        return se.largrupp.teams.graph.GraphPeopleByEmail.of(se.largrupp.teams.graph.GraphSettings.fromEnvironment(settings.asMap()),
                Clock.systemUTC());
    }

    /**
     * The same in the OAuth mode: each workspace's installation token from {@code database}; refuses another secret key
     * than the tokens were stored with, as {@code serve} does.
     */
    public static se.largrupp.core.orgchart.PeopleByEmail slackPeopleByEmail(Settings settings, Database database, java.net.URI apiUrl) {
        TokenCipher cipher = new TokenCipher(settings.secretKey().orElseThrow(
                () -> new IllegalStateException("the OAuth mode needs LARGRUPP_SECRET_KEY")));
        SecretKeyCheck.verify(database.jdbc(), cipher);
        return se.largrupp.slack.directory.SlackPeopleByEmail.installed(new JdbcInstallations(database.jdbc(), cipher, Platform.SLACK),
                settings.raw(Settings.Key.SLACK_CLIENT_ID).orElseThrow(), settings.raw(Settings.Key.SLACK_CLIENT_SECRET).orElseThrow(), apiUrl);
    }

    public static Application start(Settings settings) throws Exception {
        Application app = new Application();
        try {
            app.wire(settings);
        } catch (Exception | Error e) {
            app.stop();
            throw e;
        }
        return app;
    }

    private void wire(Settings settings) throws Exception {
        long begin = System.nanoTime();
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);

        // Up to 8 Quartz threads and 8 outbox workers may each hold a connection while HTTP requests run commands.
        PrivateDataFiles.prepare(settings.databaseUrl());
        Database database = Database.open(settings.databaseUrl(), settings.databaseUser().orElse(null),
                settings.databasePassword().orElse(null), POOL_SIZE);
        PrivateDataFiles.tighten(settings.databaseUrl());
        stops.add(Phase.DATABASE, "database", database::close);
        readiness.add("database", () -> database.ready() ? Optional.empty() : Optional.of("unreachable, or a migration failed"));
        new DatabaseGauges(database.dataSource()).register(meters);

        long databaseMs = (System.nanoTime() - begin) / 1_000_000;
        Clock real = Clock.systemUTC();
        JdbcRepositories repos = JdbcRepositories.of(database, real);
        ScaledClock scaled = TimeScale.clock(settings.timeScale(), real, database.jdbc(), database.transactions());
        MisfireMeter misfires = new MisfireMeter(meters);
        QuartzWakeups.Options quartzOptions = QuartzWakeups.Options.defaults().withClustered(settings.clustered());
        Scheduler scheduler = new Scheduler(scaled, clock -> misfires.watch(
                QuartzWakeups.create(database.dataSource(), database.isPostgres(), clock, quartzOptions)));
        stops.add(Phase.SCHEDULER, "scheduler", scheduler::stop);
        readiness.add("scheduler", scheduler::problem);

        PlatformRouter router = new PlatformRouter(meters);
        boolean sandboxOnly = settings.sandbox() && !settings.slackConfigured() && !settings.teamsConfigured();
        OutboxSender.Options senderOptions = OutboxSender.Options.defaults().withKeepFinished(settings.keepFinishedOutbox());
        // The sandbox is no rate-limited platform: show turn messages at once.
        if (sandboxOnly) senderOptions = senderOptions.withConversationInterval(Duration.ofMillis(50));
        OutboxStore outboxStore = new OutboxStore(database.jdbc(), database.transactions());
        // H2 is one process by construction: claims left by a killed predecessor are ours to take back at once,
        // instead of waiting out their lease (with PostgreSQL another live instance may hold them).
        if (!database.isPostgres()) outboxStore.releaseAllClaims();
        // Links start with the public URL; unset, with this server's address, known once it listens (PORT=0 in tests).
        CalendarFeature calendar = new CalendarFeature(repos.leaders(), repos.groups(), repos.meetings(), repos.transactions(),
                new Texts(), scheduler.clock(), database.jdbc(), () -> settings.publicUrl(web.port()));
        // With GRAPH_CALENDAR_ORGANIZER each Teams group's booking is also a real Outlook event of that mailbox, kept in
        // step through the outbox: the sender hands those messages to Graph, and every save of a group queues one.
        // Slack members are invited too when the address Slack has for them is a user of the tenant.
        java.util.concurrent.atomic.AtomicReference<SlackAdapter> slackForInvites = new java.util.concurrent.atomic.AtomicReference<>();
        Optional<CalendarInvites> invites = settings.raw(Settings.Key.GRAPH_CALENDAR_ORGANIZER).map(organizer -> {
            GraphSettings graph = GraphSettings.fromEnvironment(settings.asMap());
            return calendar.invites(new GraphOrganizerCalendar(GraphClient.of(graph, real), organizer, graph.tenant().orElseThrow(),
                    leader -> Optional.ofNullable(slackForInvites.get()).flatMap(slack -> slack.emailOf(leader))),
                    g -> g.workspace().platform() == Platform.TEAMS || g.workspace().platform() == Platform.SLACK);
        });
        OutgoingMessages deliveries = invites.<OutgoingMessages>map(i -> i.deliveries(router)).orElse(router);
        OutboxSender sender = new OutboxSender(outboxStore, deliveries, real, senderOptions);
        JdbcOutbox outbox = new JdbcOutbox(database.jdbc(), real, database.isPostgres()).onAdded(sender::wake);
        Groups groups = invites.map(i -> i.watch(repos.groups(), outbox)).orElse(repos.groups());
        Meetings meetings = invites.map(i -> i.watch(repos.meetings(), outbox)).orElse(repos.meetings());

        DemoOrganisation demo = settings.sandbox() ? DemoOrganisation.load() : null;
        List<String> admins = new ArrayList<>(settings.admins());
        if (demo != null) admins.addAll(demo.adminKeys());
        List<String> sponsors = new ArrayList<>(settings.sponsors());
        if (demo != null) sponsors.addAll(demo.sponsorKeys());
        DashboardSessions dashboardSessions = new DashboardSessions(database.jdbc(), real);
        RegroupOptions engine = RegroupOptions.defaults().withManagerDepth(settings.managerDepth());
        // Each workspace's admins tune their programme in chat; the configuration is every workspace's default.
        SettingsFeature programmeSettings = new SettingsFeature(new JdbcWorkspaceSettings(database.jdbc(), settings.programmeDefaults()),
                scheduler, repos.transactions(), scheduler.clock());
        MeetingSettings meetingSettings = MeetingSettings.defaults().withStored(programmeSettings.meetings());
        // One engine for regroupings and for everything between them: the same manager depth and weights decide.
        ContinuityOptions continuity = ContinuityOptions.jdbc(database.jdbc(), settings.placement(), engine, meetingSettings)
                .withModes(programmeSettings.placement()).withDepths(programmeSettings.regrouping()::managerDepth);
        RegroupFeature regroup = new RegroupFeature(repos.leaders(), groups, new JdbcRegroupPreviews(database.jdbc()),
                outbox, scheduler, router, repos.transactions(), new Texts(), scheduler.clock(), engine,
                settings.archiveOldGroups(), continuity.continuation(groups), programmeSettings.regrouping());
        Optional<String> dashboardUrl = settings.publicUrl().or(() -> settings.sandbox()
                ? Optional.of("http://localhost:" + settings.port()) : Optional.empty()).map(u -> u + "/admin");
        InsightsFeature insights = new InsightsFeature(database.jdbc(), repos.leaders(), groups, meetings, outbox,
                new Texts(), scheduler.clock(), dashboardUrl);
        // The re-org guard hears every import and sync; it tells the admins, whom the core knows once it is built.
        List<se.largrupp.core.orgchart.OrgChartChanged> orgChartListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Largrupp> built = new java.util.concurrent.atomic.AtomicReference<>();
        OrgChart orgChart = OrgChart.jdbc(database.jdbc(), repos.leaders(), outbox, repos.transactions(), new Texts(),
                scheduler.clock(), orgChartListeners, Optional.of(repos.sponsors()))
                .invitingIn(ws -> programmeSettings.store().of(ws).language());
        se.largrupp.core.orgchart.ReorgGuard reorgGuard = new se.largrupp.core.orgchart.ReorgGuard(repos.leaders(), groups,
                orgChart.knownFacts(), engine.managerDepth(), outbox, new Texts(), scheduler.clock(), database.jdbc(),
                ws -> built.get() == null ? List.of() : built.get().adminsOf(ws));
        orgChartListeners.add(reorgGuard);
        OrgChartCommands orgChartCommands = orgChart.commands()
                .withReorg((c, id, swap) -> reorgGuard.decide(c, id, swap, repos.transactions(), router));
        // The adapters' directories join once the adapters exist (below); the sync asks whichever covers a workspace.
        List<se.largrupp.core.orgchart.Directory> directories = new java.util.concurrent.CopyOnWriteArrayList<>();
        se.largrupp.core.orgchart.SyncFromDirectory directorySync = orgChart.directorySync(directories, repos.leaders(),
                repos.transactions(), se.largrupp.core.scheduling.AfterCommitWakeups.of(scheduler, repos.transactions()),
                scheduler.clock(), orgChartListeners);
        // Installs and uninstalls of the distributable Slack app; its purge wake-up is registered in every mode.
        WorkspaceLifecycle lifecycle = new WorkspaceLifecycle(database.jdbc(), scheduler, repos.admins(), scheduler.clock());
        Largrupp core = Largrupp.builder()
                .leaders(repos.leaders()).groups(groups).meetings(meetings).admins(repos.admins())
                .sponsors(repos.sponsors())
                .processedDeliveries(repos.deliveries()).transactions(repos.transactions())
                .outbox(outbox).wakeups(scheduler).groupConversations(router).clock(scheduler.clock())
                .configuredAdmins(String.join(",", admins))
                .configuredSponsors(String.join(",", sponsors))
                .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(database.jdbc(), meetingSettings))
                .continuity(continuity)
                .keepLeftLeaders(settings.keepLeftLeaders())
                .handler(Command.Regroup.class, regroup::handle)
                .handler(Command.Stats.class, insights.stats())
                .handler(Command.Encourage.class, insights.encourage())
                .personalData(insights.personalData())
                .personalData(dashboardSessions)
                .handler(Command.Settings.class, programmeSettings::handle)
                .wakeupHandler(regroup.conversationOpener())
                .wakeupHandler(lifecycle)
                .personalData(regroup.personalData())
                .handler(Command.Calendar.class, calendar.command())
                .personalData(calendar.personalData())
                .handler(Command.OrgChart.class, orgChartCommands::answer)
                .handler(Command.OrgChartFile.class, orgChartCommands::file)
                .knownFacts(orgChart.knownFacts())
                .wakeupHandler(directorySync)
                .onParticipationChanged(directorySync.onJoin())
                .personalData(orgChart.personalData(ws -> built.get() == null ? List.of() : built.get().adminsOf(ws)))
                .personalData((leader, name, where) -> reorgGuard.forget(leader))
                .build();
        built.set(core);
        core.wakeupHandlers().forEach(scheduler::register);
        CommandService commands = new InstrumentedCommands(programmeSettings.commands(core.commands()), meters);

        web = new WebServer(settings.bindAddress().orElse(null), settings.port(), settings.shutdownGraceSeconds() * 1000L)
                .filter(new RequestLogFilter(meters))
                .filter(new ServletFaults()) // inside the request log, which then logs the answer's status
                .mount("/healthz", new HealthServlet())
                .mount("/readyz", new ReadinessServlet(readiness))
                .mount("/calendar/*", new CalendarFeedServlet(calendar.feeds(), real));
        // Metrics only on a port of their own, away from the public webhooks; the probes answer on both.
        settings.managementPort().ifPresent(port -> web.management(port)
                .mountManagement("/metrics", new MetricsServlet(meters))
                .mountManagement("/healthz", new HealthServlet())
                .mountManagement("/readyz", new ReadinessServlet(readiness)));

        if (settings.slackConfigured()) {
            // The request clock is real time: Slack's signature timestamps are real, whatever the domain's scale.
            SlackSettings slackSettings = SlackSettings.fromEnvironment(settings.asMap());
            SlackAdapter slack = slackSettings.distributed()
                    ? SlackAdapter.create(slackSettings, commands, core.admins()::isAdmin, core.sponsors()::isSponsor, real,
                            distribution(settings, database, lifecycle))
                    : SlackAdapter.create(slackSettings, commands, core.admins()::isAdmin, core.sponsors()::isSponsor, real);
            router.register(Platform.SLACK, slack.outgoingMessages(), slack.groupConversations());
            slackForInvites.set(slack);
            directories.add(slack.profileDirectory(settings.raw(Settings.Key.SLACK_MANAGER_FIELD),
                    settings.raw(Settings.Key.SLACK_DEPARTMENT_FIELD)));
            web.mount("/slack/events", slack.servlet());
            slack.oauthServlet().ifPresent(oauth -> web.mount("/slack/install", oauth).mount("/slack/oauth_redirect", oauth));
            slack.start();
            stops.add(Phase.ADAPTERS, "slack adapter", slack::stop);
        }
        if (settings.teamsConfigured()) {
            // Outgoing tokens from GRAPH_LOGIN_URL: the tenant's own endpoint for a single-tenant bot.
            settings.raw(Settings.Key.TEAMS_OPENID_METADATA_URL).ifPresent(TeamsAdapter::useOpenIdMetadata);
            TeamsAdapter teams = TeamsAdapter.create(TeamsSettings.fromEnvironment(settings.asMap()), commands,
                    se.largrupp.teams.graph.GraphSettings.fromEnvironment(settings.asMap()).loginUrl());
            router.register(Platform.TEAMS, teams.outgoingMessages(), teams.groupConversations());
            se.largrupp.teams.graph.GraphDirectory.of(se.largrupp.teams.graph.GraphSettings.fromEnvironment(settings.asMap()), real)
                    .ifPresent(directories::add);
            web.mount("/api/messages", teams.servlet());
            teams.start();
            stops.add(Phase.ADAPTERS, "teams adapter", teams::stop);
        } else {
            // Unconfigured, the endpoint still says what it is and what to set, rather than answer like another page.
            web.mount("/api/messages", TeamsAdapter.offEndpoint());
        }

        web.mount("/admin/*", Dashboards.servlet(settings, dashboardSessions, insights, core, demo, slackSignIn(settings), real));

        if (demo != null) {
            // The scale can change only where nothing else depends on it: the sandbox, on one instance.
            TimeScaleSwitch time = new TimeScaleSwitch(scheduler, !settings.clustered(), Clock.systemUTC());
            Sandbox sandbox = Sandbox.mount(web, router, demo, database, repos, commands, time, scheduler.clock());
            stops.add(Phase.STREAMS, "sandbox streams", sandbox::closeStreams);
        }

        long wiredMs = (System.nanoTime() - begin) / 1_000_000;
        sender.start();
        stops.add(Phase.OUTBOX_SENDER, "outbox sender", sender::close);
        scheduler.start();
        // Idempotent: every instance of a cluster may do it; a wake-up with the same subject is replaced.
        core.planAll();
        directorySync.plan();
        regroup.resumeOpening();

        web.start();
        stops.add(Phase.HTTP, "http server", web::stop);
        log.atInfo().setMessage("started")
                .addKeyValue("port", web.port())
                .addKeyValue("management_port", web.managementPort())
                .addKeyValue("database", database.vendor().folder())
                .addKeyValue("sandbox", settings.sandbox())
                .addKeyValue("database_ms", databaseMs)
                .addKeyValue("wired_ms", wiredMs)
                .addKeyValue("startup_ms", (System.nanoTime() - begin) / 1_000_000)
                .addKeyValue("jvm_uptime_ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime())
                .log();
    }

    /** "Sign in with Slack" for the dashboard, when the app's client id and secret are set. */
    private static Optional<SlackProvider.Exchange> slackSignIn(Settings settings) {
        if (!settings.has(Settings.Key.SLACK_CLIENT_ID) || !settings.has(Settings.Key.SLACK_CLIENT_SECRET)) return Optional.empty();
        java.net.URI api = java.net.URI.create(settings.raw(Settings.Key.SLACK_API_URL).map(u -> u.endsWith("/") ? u : u + "/")
                .orElse("https://slack.com/api/"));
        SlackOpenId openId = new SlackOpenId(api, settings.raw(Settings.Key.SLACK_CLIENT_ID).get(), settings.raw(Settings.Key.SLACK_CLIENT_SECRET).get());
        return Optional.of(new SlackProvider.Exchange(openId.clientId(), openId.authorizeUrl(), openId.keysUrl(), (code, redirect) ->
                openId.exchange(code, redirect).map(in -> new SlackProvider.SignedIn(in.idToken(), in.teamId(), in.userId(), in.name(), in.email()))));
    }

    /** The OAuth mode's stores; refuses to start with another secret key than the stored tokens were encrypted with. */
    private static SlackDistribution distribution(Settings settings, Database database, WorkspaceLifecycle lifecycle) {
        TokenCipher cipher = new TokenCipher(settings.secretKey().orElseThrow(
                () -> new IllegalStateException("the OAuth mode needs LARGRUPP_SECRET_KEY")));
        SecretKeyCheck.verify(database.jdbc(), cipher);
        return new SlackDistribution(new JdbcInstallations(database.jdbc(), cipher, Platform.SLACK),
                new JdbcOAuthStates(database.jdbc()), lifecycle);
    }

    public int port() {
        return web.port();
    }

    /** The management port ({@code /metrics}), or -1 without one. */
    public int managementPort() {
        return web.managementPort();
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /**
     * Graceful stop (the SIGTERM hook calls this): report not ready, stop taking requests and let those in flight
     * finish, stop the adapters, then the scheduler (running wake-ups finish), then the outbox sender (undelivered
     * messages stay in the outbox), and close the pool last.
     */
    public void stop() {
        synchronized (this) {
            if (stopping) return;
            stopping = true;
        }
        log.info("stopping");
        readiness.stopping();
        stops.runAll();
        log.info("stopped");
        stopped.countDown();
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
