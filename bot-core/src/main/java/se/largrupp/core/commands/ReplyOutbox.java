package se.largrupp.core.commands;

import java.util.Optional;
import java.util.UUID;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * A reply the adapter asked to have delivered through the outbox ({@link Invocation#replyTo()}): one message under
 * {@code reply:<deliveryId>}, private to the caller when the reply is, so a redelivered request finds its reply there
 * already. The join form travels as the platform-neutral {@link Message.Block.Form}.
 */
public final class ReplyOutbox {
    private ReplyOutbox() {}

    /** Writes {@code reply} for {@code invocation} if it has a reply route; call it inside the command's transaction. */
    public static void write(Outbox outbox, Invocation invocation, Reply reply) {
        invocation.replyTo().flatMap(to -> message(invocation, reply, "")).ifPresent(outbox::add);
    }

    /** As {@link #write(Outbox, Invocation, Reply)}, marking the reply as written in the caller's {@code language}. */
    public static void write(Outbox outbox, Invocation invocation, Reply reply, Language language) {
        invocation.replyTo().flatMap(to -> message(invocation, reply, "")).map(m -> m.in(language)).ifPresent(outbox::add);
    }

    /** The fault answer goes under a key of its own, so a later successful retry's reply is not taken for a duplicate. */
    public static void writeFault(Outbox outbox, Invocation invocation, Reply fault, Language language) {
        invocation.replyTo().flatMap(to -> message(invocation, fault, ":fault")).map(m -> m.in(language)).ifPresent(outbox::add);
    }

    static Optional<OutgoingMessage> message(Invocation invocation, Reply reply, String suffix) {
        if (invocation.replyTo().isEmpty()) return Optional.empty();
        Message message;
        boolean callerOnly;
        if (reply instanceof Reply.Show show) {
            message = show.message();
            callerOnly = show.visibility() == Reply.Visibility.CALLER;
        } else if (reply instanceof Reply.OpenJoinForm form) {
            message = Message.of(Message.Block.Form.join(form.language()));
            callerOnly = true;
        } else {
            return Optional.empty(); // a duplicate delivery: its reply was written the first time
        }
        // Without a delivery id nothing can be recognised as repeated; a unique key still keeps one row per reply.
        String key = "reply:" + invocation.deliveryId().orElseGet(() -> "once-" + UUID.randomUUID()) + suffix;
        return Optional.of(new OutgoingMessage(key, invocation.replyTo().get(), message, Optional.empty(),
                callerOnly ? Optional.of(invocation.actor()) : Optional.empty()));
    }
}
