package se.largrupp.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event ids this instance has already handled. Slack retries an event it thinks failed ({@code X-Slack-Retry-Num});
 * work that does not go through the core (publishing App Home) is skipped the second time here, and work that does is
 * de-duplicated durably by the core with the same id.
 */
public final class RecentDeliveries {
    private final Map<String, Boolean> seen;

    public RecentDeliveries(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered. */
    public synchronized boolean firstTime(String deliveryId) {
        return seen.put(deliveryId, Boolean.TRUE) == null;
    }
}
