package se.largrupp.core.regrouping;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * A previewed regrouping, kept until an admin applies or cancels it.
 *
 * @param baseGeneration the latest generation when previewed; a preview made before another regrouping is stale
 * @param summary        the engine's totals as {@code groups,repeatPairs,sameDepartmentPairs,spreadHours}
 */
public record RegroupPreview(Workspace workspace, int baseGeneration, LeaderId createdBy, Instant createdAt,
                             String summary, List<List<LeaderId>> groups) {
    public RegroupPreview {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(summary, "summary");
        groups = groups.stream().map(List::copyOf).toList();
    }
}
