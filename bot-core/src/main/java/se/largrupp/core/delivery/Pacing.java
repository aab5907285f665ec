package se.largrupp.core.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Keeps a platform's workspace-wide limit proactively: one even pace per pacing key, which the adapter names (Slack:
 * the team; elsewhere the platform), so the core never reads inside a conversation reference.
 */
final class Pacing {
    private final OutgoingMessages platform;
    private final double maxPerSecond;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    Pacing(OutgoingMessages platform, double maxPerSecond) {
        this.platform = platform;
        this.maxPerSecond = maxPerSecond;
    }

    /** Waits for this conversation's workspace's next free slot. */
    void await(ConversationRef conversation) throws InterruptedException {
        limiters.computeIfAbsent(platform.pacingKey(conversation), k -> new RateLimiter(maxPerSecond)).acquire();
    }

    /** The keys paced so far (for tests). */
    java.util.Set<String> keys() {
        return java.util.Set.copyOf(limiters.keySet());
    }
}
