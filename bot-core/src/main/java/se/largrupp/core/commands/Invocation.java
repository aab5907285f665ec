package se.largrupp.core.commands;

import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;

/**
 * Who asks, where, in which language the platform thinks they speak, and the platform's delivery id
 * (Slack event id or trigger, Teams activity id) so a retried delivery is applied once.
 */
public record Invocation(
        LeaderId actor,
        String actorName,
        Optional<Language> platformLanguage,
        ConversationRef conversation,
        Optional<String> deliveryId) {

    public Invocation {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(platformLanguage, "platformLanguage");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(deliveryId, "deliveryId");
    }
}
