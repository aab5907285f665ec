package se.largrupp.core.commands;

import java.util.List;
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
 * @param addresses the caller's e-mail addresses as the platform knows them (Teams: e-mail and UPN), lower case, where
 *                  the adapter looked them up; {@code LARGRUPP_ADMINS} may name an admin by one of them
 */
public record Invocation(
        LeaderId actor,
        String actorName,
        Optional<Language> platformLanguage,
        ConversationRef conversation,
        Optional<String> deliveryId,
        Optional<ConversationRef> replyTo,
        List<String> addresses) {

    public Invocation {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(platformLanguage, "platformLanguage");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(replyTo, "replyTo");
        addresses = addresses.stream().map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).filter(a -> !a.isEmpty()).distinct().toList();
    }

    public Invocation(LeaderId actor, String actorName, Optional<Language> platformLanguage, ConversationRef conversation,
                      Optional<String> deliveryId, Optional<ConversationRef> replyTo) {
        this(actor, actorName, platformLanguage, conversation, deliveryId, replyTo, List.of());
    }

    /** An invocation whose reply the adapter shows itself. */
    public Invocation(LeaderId actor, String actorName, Optional<Language> platformLanguage, ConversationRef conversation,
                      Optional<String> deliveryId) {
        this(actor, actorName, platformLanguage, conversation, deliveryId, Optional.empty());
    }

    /** The same invocation, with its reply written to the outbox for {@code where}. */
    public Invocation withReplyTo(ConversationRef where) {
        return new Invocation(actor, actorName, platformLanguage, conversation, deliveryId, Optional.of(where), addresses);
    }

    /** The same invocation, with the caller's e-mail addresses the adapter looked up. */
    public Invocation withAddresses(List<String> found) {
        return new Invocation(actor, actorName, platformLanguage, conversation, deliveryId, replyTo, found);
    }
}
