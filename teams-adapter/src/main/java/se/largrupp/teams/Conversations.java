package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connector's create-conversation call in its three Teams shapes (1:1 chat, channel thread, group chat), and the
 * service URL of each tenant as last seen on an incoming activity (the configured default until one arrives).
 */
final class Conversations {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final BotConnector connector;
    private final TeamsSettings settings;
    private final Map<String, String> serviceUrls = new ConcurrentHashMap<>();

    Conversations(BotConnector connector, TeamsSettings settings) {
        this.connector = connector;
        this.settings = settings;
    }

    void seen(String tenantId, String serviceUrl) {
        if (tenantId != null && !tenantId.isBlank() && serviceUrl != null && !serviceUrl.isBlank()) {
            serviceUrls.put(tenantId, TeamsSettings.withSlash(serviceUrl));
        }
    }

    String serviceUrl(String tenantId) {
        return serviceUrls.getOrDefault(tenantId, settings.defaultServiceUrl().toString());
    }

    /** Opens (or finds: Teams keeps one) the 1:1 chat between the bot and a user. */
    BotConnector.Result personalChat(String serviceUrl, String tenantId, String memberId, Optional<String> botId) {
        ObjectNode p = base(tenantId, botId).put("isGroup", false);
        p.putArray("members").addObject().put("id", memberId);
        return connector.createConversation(serviceUrl, p);
    }

    /** A new thread in a channel: Teams needs the thread's first post in the same call. */
    BotConnector.Result channelThread(String serviceUrl, String tenantId, String channelId, ObjectNode firstPost) {
        ObjectNode p = base(tenantId, Optional.empty()).put("isGroup", true);
        ((ObjectNode) p.get("channelData")).putObject("channel").put("id", channelId);
        p.set("activity", firstPost);
        return connector.createConversation(serviceUrl, p);
    }

    BotConnector.Result groupChat(String serviceUrl, String tenantId, String topic, List<String> memberIds, ObjectNode firstPost) {
        ObjectNode p = base(tenantId, Optional.empty()).put("isGroup", true).put("topicName", topic);
        var members = p.putArray("members");
        memberIds.forEach(id -> members.addObject().put("id", id));
        p.set("activity", firstPost);
        return connector.createConversation(serviceUrl, p);
    }

    private ObjectNode base(String tenantId, Optional<String> botId) {
        ObjectNode p = JSON.objectNode();
        botId.or(settings::appId).ifPresent(id -> p.putObject("bot").put("id", id));
        p.put("tenantId", tenantId);
        p.putObject("channelData").putObject("tenant").put("id", tenantId);
        return p;
    }
}
