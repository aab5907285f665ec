package se.largrupp.core.commands;

import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;

/**
 * Who asks, where, in which language the platform thinks they speak, and the platform's delivery id
 * (Slack event id or trigger, Teams activity id) so a retried delivery is applied once.
 *
 * @param replyTo where the reply goes when the adapter wants it delivered through the outbox (acked first, delivered
 *                after the commit): the core writes the reply there in the command's own transaction, under the key
 *                {@code reply:<deliveryId>}. Empty: the adapter shows the returned {@link Reply} itself. The reference
 *                is the adapter's own, as opaque to the core as {@code conversation}.
 */
public record Invocation(
        LeaderId actor,
        String actorName,
        Optional<Language> platformLanguage,
        ConversationRef conversation,
        Optional<String> deliveryId,
        Optional<ConversationRef> replyTo) {

    public Invocation {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(platformLanguage, "platformLanguage");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(replyTo, "replyTo");
    }

    /** An invocation whose reply the adapter shows itself. */
    public Invocation(LeaderId actor, String actorName, Optional<Language> platformLanguage, ConversationRef conversation,
                      Optional<String> deliveryId) {
        this(actor, actorName, platformLanguage, conversation, deliveryId, Optional.empty());
    }

    /** The same invocation, with its reply written to the outbox for {@code where}. */
    public Invocation withReplyTo(ConversationRef where) {
        return new Invocation(actor, actorName, platformLanguage, conversation, deliveryId, Optional.of(where));
    }
}
