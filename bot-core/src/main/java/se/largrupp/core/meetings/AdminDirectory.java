package se.largrupp.core.meetings;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/**
 * The admins of a workspace (configured plus added in chat; the assembly knows both). An admin is written to in
 * {@link ConversationRef#direct} with {@code onlyFor} set.
 */
@FunctionalInterface
public interface AdminDirectory {
    List<LeaderId> admins(Workspace workspace);
}
