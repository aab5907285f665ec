package se.largrupp.core.installations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/**
 * The programme's side of installs and uninstalls. An uninstall starts a 30-day grace period: a wake-up at its end
 * purges the workspace's data unless the app was installed again in the meantime, which keeps the programme as it
 * was. The first person to install the app in a workspace becomes its first admin. An operator can purge at once
 * ({@link #purgeNow}).
 */
public final class WorkspaceLifecycle implements InstallationEvents, Wakeups.Handler {
    public static final String TOPIC = "installations.purge";
    public static final Duration GRACE = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(WorkspaceLifecycle.class);
    private final Jdbc jdbc;
    private final Wakeups wakeups;
    private final Admins admins;
    private final PurgeWorkspace purge;
    private final Clock clock;

    public WorkspaceLifecycle(Jdbc jdbc, Wakeups wakeups, Admins admins, Clock clock) {
        this.jdbc = jdbc;
        this.wakeups = wakeups;
        this.admins = admins;
        this.purge = new PurgeWorkspace(jdbc, wakeups);
        this.clock = clock;
    }

    @Override
    public void installed(Workspace workspace, Optional<LeaderId> installer) {
        if (jdbc.update("DELETE FROM workspace_uninstalls WHERE workspace_key = ?", workspace.key()) > 0) {
            log.info("{} was installed again within the grace period: its programme is kept", workspace.key());
        }
        wakeups.cancel(TOPIC, workspace.key());
        installer.filter(i -> i.workspace().equals(workspace) && admins.added(workspace).isEmpty())
                .ifPresent(i -> admins.add(i, i));
    }

    @Override
    public void uninstalled(Workspace workspace) {
        Instant since = uninstalledAt(workspace).orElseGet(() -> {
            Instant now = clock.instant();
            jdbc.update("INSERT INTO workspace_uninstalls (workspace_key, uninstalled_at) VALUES (?, ?)", workspace.key(), now);
            return now;
        });
        wakeups.schedule(TOPIC, workspace.key(), since.plus(GRACE));
    }

    /** When the workspace's grace period ends, if it is in one. */
    public Optional<Instant> purgeDue(Workspace workspace) {
        return uninstalledAt(workspace).map(at -> at.plus(GRACE));
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        Workspace workspace = Workspace.parse(subject);
        Optional<Instant> at = purgeDue(workspace);
        if (at.isEmpty()) return; // reinstalled
        if (clock.instant().isBefore(at.get())) {
            wakeups.schedule(TOPIC, subject, at.get());
            return;
        }
        purgeNow(workspace);
    }

    /** Purges the workspace's data now, grace period or not; the `purge workspace` command of the operator. */
    public int purgeNow(Workspace workspace) {
        int rows = purge.purge(workspace);
        jdbc.update("DELETE FROM workspace_uninstalls WHERE workspace_key = ?", workspace.key());
        wakeups.cancel(TOPIC, workspace.key());
        log.warn("purged the data of {} ({} rows)", workspace.key(), rows);
        return rows;
    }

    private Optional<Instant> uninstalledAt(Workspace workspace) {
        return jdbc.queryOne("SELECT uninstalled_at FROM workspace_uninstalls WHERE workspace_key = ?",
                rs -> Rows.instant(rs, "uninstalled_at"), workspace.key());
    }
}
