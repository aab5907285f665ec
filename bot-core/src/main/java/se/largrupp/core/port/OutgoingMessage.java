package se.largrupp.core.port;

import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;

/**
 * A message the core wants delivered.
 *
 * @param idempotencyKey unique per logical message (e.g. {@code nudge:<group>:<start>:day-before}); the outbox keeps one
 * @param updateKey      messages sharing an update key in a conversation replace the earlier one in place
 *                       (the turn message of a round); empty for a new post
 * @param onlyFor        deliver privately to this leader (DM, or ephemeral where the platform has it)
 * @param language       the language the message is written in (its reader's), for the few words an adapter adds
 *                       itself and the platform's own locale of the message; empty: Swedish, the programme's language
 */
public record OutgoingMessage(
        String idempotencyKey,
        ConversationRef conversation,
        Message message,
        Optional<String> updateKey,
        Optional<LeaderId> onlyFor,
        Optional<Language> language) {

    public OutgoingMessage {
        if (idempotencyKey == null || idempotencyKey.isBlank()) throw new IllegalArgumentException("idempotency key is blank");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(updateKey, "updateKey");
        Objects.requireNonNull(onlyFor, "onlyFor");
        Objects.requireNonNull(language, "language");
    }

    public OutgoingMessage(String idempotencyKey, ConversationRef conversation, Message message, Optional<String> updateKey,
                           Optional<LeaderId> onlyFor) {
        this(idempotencyKey, conversation, message, updateKey, onlyFor, Optional.empty());
    }

    public static OutgoingMessage post(String idempotencyKey, ConversationRef conversation, Message message) {
        return new OutgoingMessage(idempotencyKey, conversation, message, Optional.empty(), Optional.empty());
    }

    /** The same message, marked as written in {@code written}. */
    public OutgoingMessage in(Language written) {
        return new OutgoingMessage(idempotencyKey, conversation, message, updateKey, onlyFor, Optional.of(written));
    }

    /** The language it is written in; Swedish when it was not said. */
    public Language languageOrDefault() {
        return language.orElse(Language.SV);
    }
}
