package se.largrupp.core.continuity;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.Workspace;

/** Proposals waiting for a decision, and decided ones the next run must not repeat. Runs in the caller's transaction. */
public interface Proposals {
    /** Inserts or replaces the proposal and its members. */
    void save(Proposal proposal);

    Optional<Proposal> find(String id);

    /** Oldest first. */
    List<Proposal> inWorkspace(Workspace workspace);

    void delete(String id);
}
