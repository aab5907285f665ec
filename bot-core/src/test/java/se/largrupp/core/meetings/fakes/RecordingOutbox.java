package se.largrupp.core.meetings.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/** Keeps one message per idempotency key, in the order they were first added, like the real outbox. */
public final class RecordingOutbox implements Outbox {
    private final Map<String, OutgoingMessage> messages = new LinkedHashMap<>();
    private int adds;

    @Override
    public synchronized void add(OutgoingMessage message) {
        adds++;
        messages.putIfAbsent(message.idempotencyKey(), message);
    }

    public synchronized List<OutgoingMessage> all() {
        return new ArrayList<>(messages.values());
    }

    public synchronized List<String> keys() {
        return new ArrayList<>(messages.keySet());
    }

    public synchronized List<OutgoingMessage> withKeyPrefix(String prefix) {
        return all().stream().filter(m -> m.idempotencyKey().startsWith(prefix)).toList();
    }

    public synchronized void clear() {
        messages.clear();
    }
}
