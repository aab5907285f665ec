package se.largrupp.core.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Hands an in-memory outbox's new messages to an adapter once each, editing in place by update key as the real
 * sender does, for tests that drive delivery themselves. The one copy of that logic the tests share; the real
 * {@code OutboxSender} on a database is tested in bot-core and in each adapter's "through the outbox" test.
 */
public final class OutboxDrain {
    private final Supplier<List<OutgoingMessage>> outbox;
    private final OutgoingMessages platform;
    private final Set<String> done = new HashSet<>();
    private final Map<String, String> posted = new HashMap<>(); // (conversation, update key) -> platform id

    public OutboxDrain(Supplier<List<OutgoingMessage>> outbox, OutgoingMessages platform) {
        this.outbox = outbox;
        this.platform = platform;
    }

    /** Delivers what is new; returns what the platform said for each. */
    public List<Delivery> deliver() {
        List<OutgoingMessage> fresh = outbox.get().stream().filter(m -> !done.contains(m.idempotencyKey())).toList();
        return fresh.stream().map(m -> {
            Optional<String> replacing = m.updateKey().map(k -> posted.get(m.conversation() + "|" + k));
            Delivery d = platform.deliver(m, replacing);
            if (d instanceof Delivery.Delivered delivered) {
                done.add(m.idempotencyKey());
                m.updateKey().ifPresent(k -> posted.put(m.conversation() + "|" + k, delivered.platformMessageId()));
            }
            return d;
        }).toList();
    }

    /** Delivers what is new and fails the test unless the platform took every message. */
    public void deliverAll() {
        List<OutgoingMessage> fresh = outbox.get().stream().filter(m -> !done.contains(m.idempotencyKey())).toList();
        List<Delivery> results = deliver();
        for (int i = 0; i < results.size(); i++) {
            if (!(results.get(i) instanceof Delivery.Delivered))
                throw new AssertionError("delivery of " + fresh.get(i).idempotencyKey() + ": " + results.get(i));
        }
    }

    /** The platform id of the message last delivered under an update key in a conversation. */
    public Optional<String> postedId(String conversationPrefix) {
        return posted.entrySet().stream().filter(e -> e.getKey().startsWith(conversationPrefix + "|")).map(Map.Entry::getValue).findFirst();
    }

    /** The same, for the message whose update key starts with {@code updateKeyPrefix} (a round's card: {@code round:}). */
    public Optional<String> postedId(String conversationPrefix, String updateKeyPrefix) {
        return posted.entrySet().stream().filter(e -> e.getKey().startsWith(conversationPrefix + "|" + updateKeyPrefix))
                .map(Map.Entry::getValue).findFirst();
    }
}
