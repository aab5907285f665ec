package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Delivery for the outbox: one connector call per attempt (the outbox does the retrying). An update in place when
 * the outbox knows the earlier activity id or the reference names the card to replace; a reply under the activity a
 * reference answers; a 1:1 chat for messages meant for one leader outside their personal chat.
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
            // Asked in a channel or group chat, answered privately: the activity there is not where this goes.
            LeaderId leader = message.onlyFor().get();
            BotConnector.Result created = conversations.personalChat(target.serviceUrl(), leader.workspace().id(),
                    TeamsUsers.memberId(leader), Optional.empty());
            if (!created.ok() || created.id().isEmpty()) return delivery(created, Optional.empty());
            target = new TeamsConversation(created.id().get(), target.serviceUrl(), target.tenantId(), Optional.empty(), "personal");
        }
        ObjectNode activity = AdaptiveCards.activity(message.message(), texts, message.languageOrDefault());
        TeamsConversation to = target;
        Optional<String> edit = replacing.or(() -> to.replace() ? to.activityId() : Optional.empty());
        if (edit.isPresent()) {
            return delivery(connector.update(target.serviceUrl(), target.id(), edit.get(), activity), edit);
        }
        if (target.activityId().isPresent()) {
            activity.put("replyToId", target.activityId().get());
            return delivery(connector.reply(target.serviceUrl(), target.id(), target.activityId().get(), activity), Optional.empty());
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
