package se.largrupp.core.port;

/**
 * Messages to deliver, written in the same transaction as the state change that causes them.
 * A second {@code add} with the same idempotency key is ignored.
 */
public interface Outbox {
    void add(OutgoingMessage message);
}
