package se.largrupp.deploy.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.largrupp.core.installations.WorkspaceLifecycle;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.scheduling.TimeScale;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcAdmins;
import se.largrupp.deploy.config.ConfigProblems;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.config.SettingsLoader;

/**
 * {@code largrupp purge workspace slack:T0123 --yes}: deletes a workspace's programme from the database now, without
 * waiting for the grace period after an uninstall. The installation, if any, is not touched: uninstall the app first.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete all of a workspace's data now (leaders, groups, history, bookings, outbox, wake-ups, previews).")
public final class PurgeCommand implements Callable<Integer> {
    static final int BAD_INPUT = 1;

    @Parameters(index = "0", description = "what to purge: workspace")
    String what;

    @Parameters(index = "1", description = "the workspace, as platform:id, for instance slack:T0123")
    String workspace;

    @Option(names = "--yes", description = "really delete (without it, only say what would be purged)")
    boolean yes;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file with the server's settings; the environment wins.")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (!"workspace".equals(what)) {
            System.err.println("largrupp purge: only 'purge workspace <platform:id>' is known");
            return BAD_INPUT;
        }
        Workspace ws;
        try {
            ws = Workspace.parse(workspace);
        } catch (IllegalArgumentException e) {
            System.err.println("largrupp purge: '" + workspace + "' is not a workspace such as slack:T0123");
            return BAD_INPUT;
        }
        Settings settings = SettingsLoader.load(Optional.ofNullable(config), System.getenv());
        List<String> problems = ConfigProblems.of(settings);
        if (!problems.isEmpty()) {
            for (String p : problems) System.err.println("largrupp: configuration: " + p);
            return 2;
        }
        try (Database database = Database.open(settings.databaseUrl(), settings.databaseUser().orElse(null),
                settings.databasePassword().orElse(null), 2)) {
            if (!yes) {
                long leaders = database.jdbc().queryOne("SELECT COUNT(*) FROM leaders WHERE workspace_key = ?",
                        rs -> rs.getLong(1), ws.key()).orElse(0L);
                System.out.println("would purge " + ws.key() + " (" + leaders + " leaders and everything of theirs); add --yes to do it");
                return 0;
            }
            Clock real = Clock.systemUTC();
            ScaledClock clock = TimeScale.clock(1.0, real, database.jdbc(), database.transactions());
            // Not started: only the purged groups' wake-ups are taken out of the shared job store.
            try (QuartzWakeups wakeups = QuartzWakeups.create(database.dataSource(), database.isPostgres(), clock,
                    QuartzWakeups.Options.defaults().withClustered(settings.clustered()))) {
                int rows = new WorkspaceLifecycle(database.jdbc(), wakeups, new JdbcAdmins(database.jdbc(), real), real).purgeNow(ws);
                System.out.println("purged " + ws.key() + ": " + rows + " rows");
            }
            return 0;
        }
    }
}
