package se.largrupp.core.insights;

import se.largrupp.core.leaders.Workspace;

/** Reads the {@link History} of a workspace (from the database, or a seeded one in tests). */
@FunctionalInterface
public interface InsightsSource {
    History load(Workspace workspace);
}
