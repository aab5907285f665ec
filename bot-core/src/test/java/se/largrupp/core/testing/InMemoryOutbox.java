package se.largrupp.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Outbox;

/** Records what the core asked to send; a second message with the same idempotency key is ignored, as in the real one. */
public final class InMemoryOutbox implements Outbox, se.largrupp.core.port.PersonalData {
    private final List<OutgoingMessage> messages = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    @Override
    public synchronized void add(OutgoingMessage message) {
        if (keys.add(message.idempotencyKey())) messages.add(message);
    }

    public synchronized List<OutgoingMessage> messages() {
        return List.copyOf(messages);
    }

    /** The idempotency keys, in the order the messages were first added. */
    public synchronized List<String> keys() {
        return messages.stream().map(OutgoingMessage::idempotencyKey).toList();
    }

    public synchronized List<OutgoingMessage> withKeyPrefix(String prefix) {
        return messages.stream().filter(m -> m.idempotencyKey().startsWith(prefix)).toList();
    }

    public synchronized List<OutgoingMessage> to(ConversationRef conversation) {
        return messages.stream().filter(m -> m.conversation().equals(conversation)).toList();
    }

    /** Plain texts of everything sent, for readable assertions. */
    public synchronized List<String> texts() {
        return messages.stream().map(m -> m.message().plainText()).toList();
    }

    /** As the JDBC outbox: what is for the leader, keyed by them, or names them in their groups' conversations. */
    @Override
    public synchronized void erase(se.largrupp.core.leaders.LeaderId leader, String name, Set<ConversationRef> where) {
        messages.removeIf(m -> m.onlyFor().filter(leader::equals).isPresent()
                || m.idempotencyKey().endsWith(":" + leader.key()) || m.idempotencyKey().contains(":" + leader.key() + ":")
                || (!name.isBlank() && where.contains(m.conversation()) && m.message().plainText().contains(name)));
    }

    /** Forgets what was sent so far; a key seen before is still a duplicate. */
    public synchronized void clear() {
        messages.clear();
    }
}
