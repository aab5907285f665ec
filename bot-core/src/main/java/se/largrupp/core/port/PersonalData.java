package se.largrupp.core.port;

import java.util.Set;
import se.largrupp.core.leaders.LeaderId;

/**
 * What a feature keeps that names a leader, beyond the leaders' own tables (the outbox's messages, the turn order of
 * rounds, a regrouping preview ...). {@code forget me} erases it all, in the same transaction as the leader's row.
 * A feature that stores something about a person registers an implementation with the core's builder.
 */
@FunctionalInterface
public interface PersonalData {
    /**
     * @param displayName   the name messages were written with
     * @param conversations the conversations of every group the leader was in: where a message may name them
     */
    void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations);

    /**
     * Conversations besides the leader's groups' where this feature wrote messages that name them (another person's
     * direct messages: an invitation they sent, a placement notice that listed them), so every feature's eraser, the
     * outbox's among them, also looks there. Asked before anything is erased.
     */
    default Set<ConversationRef> conversationsNaming(LeaderId leader) {
        return Set.of();
    }
}
