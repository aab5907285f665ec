package se.largrupp.core.port;

/**
 * Messages to deliver, written in the same transaction as the state change that causes them.
 * A second {@code add} with the same idempotency key is ignored.
 */
public interface Outbox {
    /**
     * A message whose idempotency key starts with this carries someone's own words (a sponsor's encouragement): once
     * delivered, the outbox drops its text and keeps only the delivery record.
     */
    String ERASE_AFTER_DELIVERY = "erase-after-delivery:";

    void add(OutgoingMessage message);
}
