package se.largrupp.core.port;

import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** Opens and closes a group's own conversation (a private Slack channel, a Teams thread or chat). */
public interface GroupConversations {
    /**
     * @param name a suggested name, already slugged to lowercase letters, digits and '-', e.g. {@code largrupp-2027v1-03}
     */
    ConversationRef open(Workspace workspace, String name, List<LeaderId> members);

    /** Archives the conversation of a dissolved group; a no-op where the platform has no archive. */
    void archive(ConversationRef conversation);
}
