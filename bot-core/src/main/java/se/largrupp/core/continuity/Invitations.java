package se.largrupp.core.continuity;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.Workspace;

/** Invitations to new groups and their answers. Runs in the caller's transaction. */
public interface Invitations {
    /** Inserts or replaces the invitation and its invitees. */
    void save(Invitation invitation);

    Optional<Invitation> find(String id);

    /** Every invitation of the workspace still kept (open, formed, or closed with a group to keep together), oldest first. */
    List<Invitation> inWorkspace(Workspace workspace);

    void delete(String id);
}
