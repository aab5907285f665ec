package se.largrupp.core.port;

import java.util.List;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * Opens and closes a group's own conversation (a private Slack channel, a Teams thread or chat) in two steps, so the
 * core can store the reference before anybody sees the conversation: {@link #create} makes it (members not yet let
 * in, where the platform allows that), {@link #admit} lets the members in. Both are safe to repeat after a partial
 * failure: a retry finds what the first try made instead of making a second one.
 */
public interface GroupConversations {
    /**
     * Creates the group's conversation, or returns the one an interrupted earlier attempt created under this name
     * where the platform lets it be found (Slack: the bot's own private channel of that name).
     *
     * @param name    a suggested name, already slugged to lowercase letters, digits and '-', e.g. {@code largrupp-2027v1-03}
     * @param members who will be admitted; platforms that can only create a conversation with its members (a Teams
     *                group chat) use them here
     */
    ConversationRef create(Workspace workspace, String name, List<LeaderId> members);

    /**
     * As {@link #create(Workspace, String, List)}, with what a platform shows of the conversation before the core's
     * welcome arrives (Teams: the thread's first post): the group's own name and the language of its messages.
     */
    default ConversationRef create(Workspace workspace, Opening opening) {
        return create(workspace, opening.slug(), opening.members());
    }

    /**
     * @param slug      the suggested conversation name, e.g. {@code largrupp-2027v1-03}
     * @param groupName the group's name as people read it, e.g. {@code 2027v1-03}
     * @param language  the language of the group's messages ({@link Language#forGroup})
     */
    record Opening(String slug, String groupName, Language language, List<LeaderId> members) {
        public Opening {
            java.util.Objects.requireNonNull(slug, "slug");
            java.util.Objects.requireNonNull(groupName, "groupName");
            java.util.Objects.requireNonNull(language, "language");
            members = List.copyOf(members);
        }
    }

    /** Lets the members in (Slack: invites them to the channel); members already in are fine. */
    void admit(ConversationRef conversation, List<LeaderId> members);

    /** Archives the conversation of a dissolved group; a no-op where the platform has no archive. */
    void archive(ConversationRef conversation);

    /**
     * A link that opens the conversation, for a personal message to someone who joins it (where a platform cannot
     * invite into it, as a Teams thread, this is how they find it). Computed from the reference alone: no platform
     * call, so it may run inside a transaction. Empty where the platform has no such link.
     */
    default java.util.Optional<String> link(ConversationRef conversation) {
        return java.util.Optional.empty();
    }
}
