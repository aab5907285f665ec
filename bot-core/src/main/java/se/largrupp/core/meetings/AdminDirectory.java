package se.largrupp.core.meetings;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/**
 * The admins of a workspace (configured plus added in chat; the assembly knows both) and where to reach one
 * privately. An admin is written to in the direct conversation {@code <platform>:<workspace>:<user>} with
 * {@code onlyFor} set: the adapter delivers it as a direct message from the bot (Slack posts to the user id,
 * which is the app's DM; Teams opens a 1:1 conversation with the user).
 */
@FunctionalInterface
public interface AdminDirectory {
    List<LeaderId> admins(Workspace workspace);

    static ConversationRef directConversation(LeaderId who) {
        Platform p = who.workspace().platform();
        return ConversationRef.of(p, who.workspace().id() + ":" + who.user());
    }
}
