package se.largrupp.core.continuity;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** The queue of leaders waiting for a group, per workspace. Runs in the caller's transaction. */
public interface WaitingList {
    /** Oldest first: the first waited longest. */
    List<WaitingEntry> of(Workspace workspace);

    /** Inserts or replaces the leader's entry. */
    void save(WaitingEntry entry);

    void remove(LeaderId leader);
}
