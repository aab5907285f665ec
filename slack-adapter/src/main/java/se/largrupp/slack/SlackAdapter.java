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
import se.largrupp.slack.installation.InstalledWorkspaceOnly;
import se.largrupp.slack.join.JoinForm;
import se.largrupp.slack.join.JoinModal;
import se.largrupp.slack.listeners.actions.ActionsProvider;
import se.largrupp.slack.listeners.commands.CommandsProvider;
import se.largrupp.slack.listeners.events.EventsProvider;
import se.largrupp.slack.listeners.unused.UnusedProvider;
import se.largrupp.slack.listeners.views.ViewsProvider;
import se.largrupp.slack.outgoing.SlackGroupConversations;
import se.largrupp.slack.outgoing.SlackOutgoingMessages;
import se.largrupp.slack.web.RateLimiter;
import se.largrupp.slack.web.SlackWebApi;

/**
 * Lärgrupp in Slack: the Bolt app with one provider per Slack surface, its servlet for {@code POST /slack/events},
 * Socket Mode when an app token is configured, and the Web API implementations of the core's outgoing ports.
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
    private final SlackWebApi api;
    private boolean guarded;
    private SocketModeApp socketMode;

    private SlackAdapter(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin, Predicate<LeaderId> isSponsor,
                         Clock clock) {
        this.settings = settings;
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            // Requests are verified on their bytes, but the Slack SDK and the logs still use the default charset.
            log.error("The JVM's default charset is {}, not UTF-8: start Java with -Dfile.encoding=UTF-8 or Swedish "
                    + "letters may be garbled", Charset.defaultCharset());
        }
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setPrettyResponseLoggingEnabled(false);
        Slack slack = Slack.getInstance(config);
        this.work = workers();
        // Socket Mode alone needs no signing secret; a random one keeps the HTTP endpoint shut.
        String signingSecret = settings.signingSecret() == null || settings.signingSecret().isBlank()
                ? UUID.randomUUID().toString() : settings.signingSecret();
        AppConfig appConfig = BoltConfig.of(slack, settings.botToken(), signingSecret);
        this.app = new App(appConfig);
        SlackWebApi api = new SlackWebApi(slack.methods(settings.botToken()), new RateLimiter());
        this.api = api;
        Texts texts = new Texts();
        Listeners listeners = new Listeners(settings, commands, new Invocations(new SlackUsers(api)), api,
                new SlackReplies(slack, api), new AppHome(commands, isAdmin, isSponsor, texts, api),
                new JoinModal(texts, settings.departments()), new JoinForm(texts, settings.departments()),
                new RecentDeliveries(10_000), texts, work);
        CommandsProvider.register(app, listeners);
        ActionsProvider.register(app, listeners);
        ViewsProvider.register(app, listeners);
        EventsProvider.register(app, listeners, isAdmin);
        UnusedProvider.register(app, listeners);
        this.servlet = new SlackEventsServlet(app, signingSecret, clock);
        this.outgoing = new SlackOutgoingMessages(api);
        this.groups = new SlackGroupConversations(api);
        this.installedOnly = new InstalledWorkspaceOnly(new InstalledWorkspace(api));
    }

    public static SlackAdapter create(SlackSettings settings, CommandService commands) {
        return new SlackAdapter(settings, commands, who -> false, who -> false, Clock.systemUTC());
    }

    /** With the workspace's admins, so App Home shows them the programme's figures and the regroup button. */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Admins admins) {
        return new SlackAdapter(settings, commands, admins::isAdmin, who -> false, Clock.systemUTC());
    }

    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin, Clock clock) {
        return new SlackAdapter(settings, commands, isAdmin, who -> false, clock);
    }

    /** @param isSponsor who sees the programme's figures in the App Home besides the admins */
    public static SlackAdapter create(SlackSettings settings, CommandService commands, Predicate<LeaderId> isAdmin,
                                      Predicate<LeaderId> isSponsor, Clock clock) {
        return new SlackAdapter(settings, commands, isAdmin, isSponsor, clock);
    }

    /**
     * A member's e-mail address as Slack has it ({@code users.info}, scope {@code users:read.email}), for features that
     * find the same person elsewhere (Outlook invites); empty when Slack does not say or is not reachable now.
     */
    public java.util.Optional<String> emailOf(LeaderId leader) {
        var answer = api.callPatiently("users.info", java.util.Optional.empty(), java.time.Duration.ofSeconds(5),
                c -> c.usersInfo(q -> q.user(leader.user())));
        return answer.ok().map(r -> r.getUser()).map(u -> u.getProfile() == null ? null : u.getProfile().getEmail())
                .filter(e -> !e.isBlank());
    }

    /** Mount at {@code /slack/events}. */
    /** The workspace's profile fields as the org chart's directory ({@code SLACK_MANAGER_FIELD}, {@code SLACK_DEPARTMENT_FIELD}). */
    public se.largrupp.core.orgchart.Directory profileDirectory(java.util.Optional<String> managerField, java.util.Optional<String> departmentField) {
        return new se.largrupp.slack.directory.SlackProfileDirectory(api, managerField, departmentField);
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
            if (!guarded) app.use(installedOnly);
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
