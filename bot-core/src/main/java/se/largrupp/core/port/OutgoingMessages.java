package se.largrupp.core.port;

import java.util.Optional;

/** Delivers one message to a platform. Implemented by each adapter; called only by the outbox sender. */
public interface OutgoingMessages {
    /**
     * @param replacing the platform id of the earlier message with the same update key, to edit in place
     */
    Delivery deliver(OutgoingMessage message, Optional<String> replacing);
}
