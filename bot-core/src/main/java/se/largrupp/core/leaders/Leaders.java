package se.largrupp.core.leaders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The repository of leaders. */
public interface Leaders {
    Optional<Leader> find(LeaderId id);

    /** Inserts or replaces the leader. */
    void save(Leader leader);

    /** Every leader of a workspace who has not left, in join order. */
    List<Leader> inWorkspace(Workspace workspace);

    /** Removes the leader and every trace of them that is not needed by others (GDPR art. 17). */
    void forget(LeaderId id);

    /** Leaders of every workspace who left the programme before {@code cutoff} (for the retention rule). */
    List<LeaderId> leftBefore(Instant cutoff);
}
