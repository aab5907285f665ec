package se.largrupp.core.port;

/** Remembers platform delivery ids (event ids, activity ids) so a retried delivery is applied once. */
public interface ProcessedDeliveries {
    /** Records the id; false when it was seen before. Runs in the caller's transaction. */
    boolean firstTime(String deliveryId);
}
