package se.largrupp.deploy.sandbox;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.deploy.http.WebServer;
import se.largrupp.deploy.routing.PlatformRouter;

/**
 * Sets up the sandbox: its chat platform behind the router, the demo organisation (seeded once), the groups'
 * conversations known again after a restart, and the page with its API at {@code /}.
 */
public final class Sandbox {
    private final SandboxEvents events = new SandboxEvents();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private Sandbox() {}

    public static Sandbox mount(WebServer web, PlatformRouter router, DemoOrganisation demo, Database database,
                                JdbcRepositories repos, CommandService commands, TimeControl time, Clock domain) {
        Sandbox sandbox = new Sandbox();
        SandboxConversations chat = new SandboxConversations(sandbox.events, Clock.systemUTC());
        router.register(Platform.SANDBOX, chat, chat);
        demo.personIds().forEach(chat::addPerson);
        SeedDemo.once(demo, repos.leaders(), database.jdbc(), repos.transactions(), domain);
        for (LearningGroup g : repos.groups().active(DemoOrganisation.WORKSPACE))
            g.conversation().ifPresent(ref -> chat.restore(ref, g.name(), g.members()));
        web.mount("/sandbox/api/*", new SandboxApi(demo, chat, sandbox.events, commands,
                id -> repos.leaders().find(id).filter(l -> !(l.status() instanceof LeaderStatus.Left)).isPresent(), time));
        web.mount("/", new SandboxPage());
        // Proxies and the server itself (WebServer.IDLE_TIMEOUT) end idle streams, and a page that went away is only
        // noticed on a write.
        long every = WebServer.IDLE_TIMEOUT.dividedBy(2).toMillis();
        sandbox.heartbeat.scheduleAtFixedRate(sandbox.events::heartbeat, every, every, TimeUnit.MILLISECONDS);
        return sandbox;
    }

    /** Ends the pages' event streams, which would otherwise hold a graceful stop for its whole grace period. */
    public void closeStreams() {
        heartbeat.shutdownNow();
        events.closeAll();
    }
}
