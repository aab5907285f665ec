package se.largrupp.core.regrouping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Workspace;

/** Previews in a map, for use-case tests. */
public final class InMemoryRegroupPreviews implements RegroupPreviews {
    private final Map<Workspace, RegroupPreview> previews = new HashMap<>();

    @Override
    public synchronized void save(RegroupPreview preview) {
        previews.put(preview.workspace(), preview);
    }

    @Override
    public synchronized Optional<RegroupPreview> find(Workspace workspace) {
        return Optional.ofNullable(previews.get(workspace));
    }

    @Override
    public synchronized void delete(Workspace workspace) {
        previews.remove(workspace);
    }
}
