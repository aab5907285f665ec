package se.largrupp.core.settings;

import se.largrupp.core.leaders.Workspace;

/** Each workspace's programme settings: its admins' changes over the deployment's defaults. */
public interface WorkspaceSettings {
    ProgrammeSettings of(Workspace workspace);

    /** Stores one setting, its value in the stored form ({@link Setting#read}). */
    void change(Workspace workspace, Setting setting, String stored);

    /** The defaults for every workspace, nothing stored (tests, and features used without the store). */
    static WorkspaceSettings fixed(ProgrammeSettings settings) {
        return new WorkspaceSettings() {
            @Override
            public ProgrammeSettings of(Workspace workspace) {
                return settings;
            }

            @Override
            public void change(Workspace workspace, Setting setting, String stored) {
                throw new UnsupportedOperationException("fixed settings");
            }
        };
    }
}
