package se.largrupp.deploy.routing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * The core sees one {@link OutgoingMessages} and one {@link GroupConversations}; this sends each call to the adapter
 * of the conversation's platform, and counts delivery outcomes per platform for the metrics.
 */
public final class PlatformRouter implements OutgoingMessages, GroupConversations {
    private final Map<Platform, OutgoingMessages> senders = new EnumMap<>(Platform.class);
    private final Map<Platform, GroupConversations> conversations = new EnumMap<>(Platform.class);
    private final MeterRegistry meters;

    public PlatformRouter(MeterRegistry meters) {
        this.meters = meters;
    }

    public PlatformRouter register(Platform platform, OutgoingMessages sender, GroupConversations groupConversations) {
        senders.put(platform, sender);
        conversations.put(platform, groupConversations);
        return this;
    }

    public boolean serves(Platform platform) {
        return senders.containsKey(platform);
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        Platform platform = message.conversation().platform();
        OutgoingMessages sender = senders.get(platform);
        // Messages for a platform not configured at this start stay in the outbox until it is.
        Delivery result = sender == null
                ? new Delivery.RetryLater(Optional.of(Duration.ofHours(1)), platform.key() + " is not configured")
                : sender.deliver(message, replacing);
        String outcome = result instanceof Delivery.Delivered ? "delivered"
                : result instanceof Delivery.RetryLater ? "retry_later" : "rejected";
        meters.counter("largrupp.deliveries", "adapter", platform.key(), "outcome", outcome).increment();
        return result;
    }

    @Override
    public String pacingKey(ConversationRef conversation) {
        OutgoingMessages sender = senders.get(conversation.platform());
        return sender == null ? conversation.platform().key() : sender.pacingKey(conversation);
    }

    @Override
    public ConversationRef create(Workspace workspace, String name, List<LeaderId> members) {
        return of(workspace.platform()).create(workspace, name, members);
    }

    @Override
    public ConversationRef create(Workspace workspace, Opening opening) {
        return of(workspace.platform()).create(workspace, opening);
    }

    @Override
    public void admit(ConversationRef conversation, List<LeaderId> members) {
        of(conversation.platform()).admit(conversation, members);
    }

    @Override
    public void archive(ConversationRef conversation) {
        of(conversation.platform()).archive(conversation);
    }

    @Override
    public java.util.Optional<String> link(ConversationRef conversation) {
        GroupConversations platform = conversations.get(conversation.platform());
        return platform == null ? java.util.Optional.empty() : platform.link(conversation);
    }

    private GroupConversations of(Platform platform) {
        GroupConversations c = conversations.get(platform);
        if (c == null) throw new IllegalStateException(platform.key() + " is not configured");
        return c;
    }
}
