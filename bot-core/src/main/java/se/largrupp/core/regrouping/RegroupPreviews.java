package se.largrupp.core.regrouping;

import java.util.Optional;
import se.largrupp.core.leaders.Workspace;

/** Where a workspace's pending preview waits for "apply". Runs in the caller's transaction. */
public interface RegroupPreviews {
    /** Replaces any earlier preview of the workspace. */
    void save(RegroupPreview preview);

    Optional<RegroupPreview> find(Workspace workspace);

    void delete(Workspace workspace);
}
