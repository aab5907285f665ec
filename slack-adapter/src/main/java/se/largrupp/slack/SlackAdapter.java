package se.largrupp.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import jakarta.servlet.http.HttpServlet;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.OutgoingMessages;
import se.largrupp.slack.home.AppHome;
import se.largrupp.slack.installation.InstalledWorkspace;
import se.largrupp.slack.installation.InstalledTokens;
import se.largrupp.slack.installation.InstalledWorkspaceOnly;
import se.largrupp.slack.installation.InstalledWorkspacesOnly;
import se.largrupp.slack.installation.Lifecycle;
import se.largrupp.slack.installation.OrganisationWorkspaces;
import se.largrupp.slack.installation.StoredInstallations;
import se.largrupp.slack.installation.StoredOAuthStates;
import se.largrupp.slack.join.JoinForm;
import se.largrupp.slack.join.JoinModal;
import se.largrupp.slack.listeners.actions.ActionsProvider;
import se.largrupp.slack.listeners.commands.CommandsProvider;
import se.largrupp.slack.listeners.events.EventsProvider;
import se.largrupp.slack.listeners.unused.UnusedProvider;
import se.largrupp.slack.listeners.views.ViewsProvider;
import se.largrupp.slack.oauth.InstallPages;
import se.largrupp.slack.oauth.OAuthOutcomes;
import se.largrupp.slack.oauth.SlackOAuthServlet;
import se.largrupp.slack.outgoing.SlackGroupConversations;
import se.largrupp.slack.outgoing.SlackOutgoingMessages;
import se.largrupp.slack.web.RateLimiter;
import se.largrupp.slack.web.SlackApis;
import se.largrupp.slack.web.WorkspaceTokens;

/**
 * Lärgrupp in Slack: the Bolt app with one provider per Slack surface, its servlet for {@code POST /slack/events},
 * Socket Mode when an app token is configured, and the Web API implementations of the core's outgoing ports. Either
 * one workspace with a configured token, or a distributable app (OAuth, {@link SlackDistribution}): then
 * {@link #oauthServlet} serves {@code /slack/install} and {@code /slack/oauth_redirect}, and every call uses the token
 * of the workspace it is for.
 */
public final class SlackAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private final SlackSettings settings;
    private final App app;
    private final SlackEventsServlet servlet;
    private final SlackOutgoingMessages outgoing;
    private final SlackGroupConversations groups;
    private final ExecutorService work;
    private final InstalledWorkspaceOnly installedOnly;
    private final SlackApis apis;
    private final Optional<OrganisationWorkspaces> organisations;
    private final Optional<InstalledWorkspacesOnly> installedWorkspaces;
    private final Optional<SlackOAuthServlet> oauthServlet;
    private boolean guarded;
    private SocketModeApp socketMode;

    private SlackAdapter(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin, Predicate<LeaderId> isSponsor,
            Clock clock, Optional<SlackDistribution> distribution) {
        if (settings.distributed() && distribution.isEmpty()) {
            throw new IllegalArgumentException("the OAuth mode needs the installation store");
        }
        this.settings = settings;
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            // Requests are verified on their bytes, but the Slack SDK and the logs still use the default charset.
            log.error("The JVM's default charset is {}, not UTF-8: start Java with -Dfile.encoding=UTF-8 or Swedish "
                    + "letters may be garbled", Charset.defaultCharset());
        }
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setPrettyResponseLoggingEnabled(false);
        // The SDK's DEBUG listener prints request bodies (an OAuth code, a refresh grant); ours log without them.
        config.setHttpClientResponseHandlers(new java.util.ArrayList<>());
        // Its per-team statistics call auth.test for every new token (and log the token's start): our limiter counts.
        config.getMethodsConfig().setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        this.work = workers();
        // Socket Mode alone needs no signing secret; a random one keeps the HTTP endpoint shut.
        String signingSecret = settings.signingSecret() == null || settings.signingSecret().isBlank()
                ? UUID.randomUUID().toString() : settings.signingSecret();
        Optional<SlackDistribution> oauth = settings.distributed() ? distribution : Optional.empty();
        AppConfig appConfig = oauth.isPresent()
                ? BoltConfig.distributed(slack, signingSecret, settings.oauth().orElseThrow())
                : BoltConfig.of(slack, settings.botToken(), signingSecret);
        this.app = new App(appConfig);
        WorkspaceTokens tokens = oauth.<WorkspaceTokens>map(d -> InstalledTokens.rotating(d.installations(), slack,
                        settings.oauth().get().clientId(), settings.oauth().get().clientSecret()))
                .orElseGet(() -> WorkspaceTokens.single(settings.botToken()));
        SlackApis apis = new SlackApis(slack, tokens, new RateLimiter());
        this.apis = apis;
        Texts texts = new Texts();
        Listeners listeners = new Listeners(settings, commands, new Invocations(new SlackUsers(apis)), apis,
                new SlackReplies(slack, apis), new AppHome(commands, isAdmin, isSponsor, texts, apis),
                new JoinModal(texts, settings.departments()), new JoinForm(texts, settings.departments()),
                new se.largrupp.slack.settings.SettingsModal(texts),
                new RecentDeliveries(10_000), texts, work, oauth.map(Lifecycle::new));
        this.oauthServlet = oauth.map(d -> {
            StoredOAuthStates states = new StoredOAuthStates(d.states(), clock);
            app.asOAuthApp(true);
            app.service(new StoredInstallations(d.installations(), d.events()));
            app.service(states);
            InstallPages pages = new InstallPages(texts);
            new OAuthOutcomes(pages, SlackOAuthServlet.INSTALL_PATH).register(app);
            return new SlackOAuthServlet(app, states, pages);
        });
        this.organisations = oauth.map(d -> new OrganisationWorkspaces(d.installations()));
        this.installedWorkspaces = oauth.map(d -> new InstalledWorkspacesOnly(d.installations()));
        CommandsProvider.register(app, listeners);
        ActionsProvider.register(app, listeners);
        ViewsProvider.register(app, listeners);
        EventsProvider.register(app, listeners, isAdmin);
        UnusedProvider.register(app, listeners);
        this.servlet = new SlackEventsServlet(app, signingSecret, clock);
        this.outgoing = new SlackOutgoingMessages(apis);
        this.groups = new SlackGroupConversations(apis);
        this.installedOnly = new InstalledWorkspaceOnly(new InstalledWorkspace(apis.forTeam("installed")));
    }

    public static SlackAdapter create(SlackSettings settings, CommandService commands) {
        return new SlackAdapter(settings, commands, who -> false, who -> false, Clock.systemUTC(), Optional.empty());
    }

    /** With the workspace's admins, so App Home shows them the programme's figures and the regroup button. */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Admins admins) {
        return new SlackAdapter(settings, commands, admins::isAdmin, who -> false, Clock.systemUTC(), Optional.empty());
    }

    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin, Clock clock) {
        return new SlackAdapter(settings, commands, isAdmin, who -> false, clock, Optional.empty());
    }

    /** @param isSponsor who sees the programme's figures in the App Home besides the admins */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin,
                                      Predicate<LeaderId> isSponsor, Clock clock) {
        return new SlackAdapter(settings, commands, isAdmin, isSponsor, clock, Optional.empty());
    }

    /** The distributable app when {@code settings} has OAuth settings; {@code distribution} is ignored otherwise. */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin, Clock clock,
            SlackDistribution distribution) {
        return new SlackAdapter(settings, commands, isAdmin, who -> false, clock, Optional.of(distribution));
    }

    /** The distributable app, with the sponsors who see the programme's figures in the App Home. */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin,
            Predicate<LeaderId> isSponsor, Clock clock, SlackDistribution distribution) {
        return new SlackAdapter(settings, commands, isAdmin, isSponsor, clock, Optional.of(distribution));
    }

    /** In the OAuth mode: mount at {@code /slack/install} and {@code /slack/oauth_redirect}. */
    public Optional<HttpServlet> oauthServlet() {
        return oauthServlet.map(s -> s);
    }

    /**
     * A member's e-mail address as Slack has it ({@code users.info}, scope {@code users:read.email}), for features that
     * find the same person elsewhere (Outlook invites); empty when Slack does not say or is not reachable now.
     */
    public java.util.Optional<String> emailOf(LeaderId leader) {
        var answer = apis.forTeam(leader.workspace().id()).callPatiently("users.info", java.util.Optional.empty(), java.time.Duration.ofSeconds(5),
                c -> c.usersInfo(q -> q.user(leader.user())));
        return answer.ok().map(r -> r.getUser()).map(u -> u.getProfile() == null ? null : u.getProfile().getEmail())
                .filter(e -> !e.isBlank());
    }

    /** Mount at {@code /slack/events}. */
    /** The workspace's profile fields as the org chart's directory ({@code SLACK_MANAGER_FIELD}, {@code SLACK_DEPARTMENT_FIELD}). */
    public se.largrupp.core.orgchart.Directory profileDirectory(java.util.Optional<String> managerField, java.util.Optional<String> departmentField) {
        return new se.largrupp.slack.directory.SlackProfileDirectory(apis::forTeam, managerField, departmentField);
    }

    public HttpServlet servlet() {
        return servlet;
    }

    public OutgoingMessages outgoingMessages() {
        return outgoing;
    }

    public GroupConversations groupConversations() {
        return groups;
    }

    public App app() {
        return app;
    }

    public synchronized void start() {
        try {
            // Added here, not in the constructor: Bolt builds its middleware (and calls auth.test) on the first use().
            if (!guarded) {
                // One workspace: serve only the installed one. OAuth: every installed workspace, Bolt finds its token.
                if (organisations.isPresent()) {
                    app.use(organisations.get());
                    app.use(installedWorkspaces.orElseThrow());
                } else {
                    app.use(installedOnly);
                }
            }
            guarded = true;
            app.start();
            if (settings.appToken().isPresent() && socketMode == null) {
                socketMode = new SocketModeApp(settings.appToken().get(), app);
                socketMode.startAsync();
                log.info("Slack Socket Mode connected");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Slack adapter failed to start: " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        try {
            if (socketMode != null) socketMode.close();
        } catch (Exception e) {
            log.warn("closing Socket Mode: {}", e.toString());
        }
        socketMode = null;
        app.stop();
        work.shutdown();
        try {
            work.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000), r -> {
            Thread t = new Thread(r, "slack-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
