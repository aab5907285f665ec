package se.largrupp.core.port;

import java.util.Optional;

/** Delivers one message to a platform. Implemented by each adapter; called only by the outbox sender. */
public interface OutgoingMessages {
    /**
     * @param replacing the platform id of the earlier message with the same update key, to edit in place
     */
    Delivery deliver(OutgoingMessage message, Optional<String> replacing);

    /**
     * Which messages share a platform's workspace-wide rate limit: the outbox paces each key on its own. The adapter
     * decides, since only it can read its conversation references (Slack: the team); by default the whole platform.
     */
    default String pacingKey(ConversationRef conversation) {
        return conversation.platform().key();
    }
}
