package se.largrupp.core.installations;

import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** What the programme does when a workspace installs the app, or removes it. */
public interface InstallationEvents {
    /** A (re)install: a purge waiting for the workspace is called off; the installer becomes its first admin. */
    void installed(Workspace workspace, Optional<LeaderId> installer);

    /** The app was removed: the installation is gone already; the workspace's data is purged after the grace period. */
    void uninstalled(Workspace workspace);

    InstallationEvents NONE = new InstallationEvents() {
        @Override
        public void installed(Workspace workspace, Optional<LeaderId> installer) {}

        @Override
        public void uninstalled(Workspace workspace) {}
    };
}
