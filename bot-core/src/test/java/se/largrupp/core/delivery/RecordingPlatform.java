package se.largrupp.core.delivery;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * A platform stand-in: answers scripted results (then {@code Delivered}) and records what it accepted, in order,
 * with the platform id each edit replaced.
 */
final class RecordingPlatform implements OutgoingMessages {
    record Accepted(String idempotencyKey, String conversation, Optional<String> replacing, String platformId) {}

    private final List<Accepted> accepted = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();
    private final Deque<Function<OutgoingMessage, Delivery>> script = new ArrayDeque<>();
    private int ids;

    /** The next calls answer these, in turn; a function may throw to play an adapter fault. */
    @SafeVarargs
    final synchronized RecordingPlatform thenAnswer(Function<OutgoingMessage, Delivery>... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        Function<OutgoingMessage, Delivery> answer;
        synchronized (this) {
            attempts.add(message.idempotencyKey());
            answer = script.poll();
        }
        Delivery result = answer == null ? null : answer.apply(message);
        synchronized (this) {
            if (result == null) result = new Delivery.Delivered(replacing.orElse("p" + (++ids)));
            if (result instanceof Delivery.Delivered d) {
                accepted.add(new Accepted(message.idempotencyKey(), message.conversation().value(), replacing, d.platformMessageId()));
            }
        }
        return result;
    }

    synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    synchronized List<String> acceptedKeys() {
        return accepted.stream().map(Accepted::idempotencyKey).toList();
    }

    synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }
}
