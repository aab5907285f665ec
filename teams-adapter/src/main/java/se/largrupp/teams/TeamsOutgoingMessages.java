package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Proactive delivery for the outbox: one connector call per attempt (the outbox does the retrying), an update in
 * place when the outbox knows the earlier activity id, and a 1:1 chat for messages meant for one leader.
 */
final class TeamsOutgoingMessages implements OutgoingMessages {
    private final BotConnector connector;
    private final Conversations conversations;
    private final Texts texts;

    TeamsOutgoingMessages(BotConnector connector, Conversations conversations, Texts texts) {
        this.connector = connector;
        this.conversations = conversations;
        this.texts = texts;
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        TeamsConversation target;
        Optional<LeaderId> direct = message.onlyFor().filter(l -> message.conversation().equals(ConversationRef.direct(l)));
        if (direct.isPresent()) {
            // No stored conversation with this leader: a 1:1 chat on their tenant's service URL (opened below).
            String tenant = direct.get().workspace().id();
            target = new TeamsConversation("", conversations.serviceUrl(tenant), tenant, Optional.empty(), "direct");
        } else {
            try {
                target = TeamsConversation.of(message.conversation());
            } catch (IllegalArgumentException e) {
                return new Delivery.Rejected("not a Teams conversation reference");
            }
        }
        if (message.onlyFor().isPresent() && !target.personal()) {
            LeaderId leader = message.onlyFor().get();
            BotConnector.Result created = conversations.personalChat(target.serviceUrl(), leader.workspace().id(),
                    TeamsUsers.memberId(leader), Optional.empty());
            if (!created.ok() || created.id().isEmpty()) return delivery(created, Optional.empty());
            target = new TeamsConversation(created.id().get(), target.serviceUrl(), target.tenantId(), Optional.empty(), "personal");
        }
        ObjectNode activity = AdaptiveCards.activity(message.message(), texts, Language.SV);
        if (replacing.isPresent()) {
            return delivery(connector.update(target.serviceUrl(), target.id(), replacing.get(), activity), replacing);
        }
        return delivery(connector.send(target.serviceUrl(), target.id(), activity), Optional.empty());
    }

    static Delivery delivery(BotConnector.Result result, Optional<String> replacing) {
        if (result.ok()) {
            return new Delivery.Delivered(replacing.or(result::id).orElse(""));
        }
        if (result.retryable()) return new Delivery.RetryLater(result.retryAfter(), result.reason());
        return new Delivery.Rejected(result.reason());
    }
}
