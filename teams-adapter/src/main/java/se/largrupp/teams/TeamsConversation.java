package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;

/**
 * Everything a proactive message needs, carried inside the opaque {@link ConversationRef} itself
 * ({@code teams:<base64url JSON>}), so the reference survives restarts and works from any instance without a table.
 * A reply route also names the activity it answers: a reply under it, or (for a submitted join card) an edit of it.
 *
 * @param id         the Bot Connector conversation id (a channel thread's id ends in {@code ;messageid=…})
 * @param serviceUrl the Bot Connector of the tenant's region, ending in '/'
 * @param tenantId   the Entra tenant
 * @param channelId  the Teams channel of a channel conversation, if any
 * @param type       Teams' conversation type: personal, channel or groupChat
 * @param activityId the activity a reply answers, if any
 * @param replace    whether the reply replaces that activity (the card that was submitted) instead of answering it
 */
public record TeamsConversation(String id, String serviceUrl, String tenantId, Optional<String> channelId, String type,
                                Optional<String> activityId, boolean replace) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The outbox stores a reference in 500 characters; a reply route too long for it loses its activity id. */
    static final int LONGEST_STORED = 500;

    public TeamsConversation {
        Objects.requireNonNull(id, "id");
        serviceUrl = TeamsSettings.withSlash(Objects.requireNonNull(serviceUrl, "serviceUrl"));
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channelId, "channelId");
        type = type == null || type.isBlank() ? "personal" : type;
        activityId = Objects.requireNonNull(activityId, "activityId").filter(a -> !a.isBlank());
        replace = replace && activityId.isPresent();
    }

    /** A conversation itself: where proactive messages and group conversations point. */
    public TeamsConversation(String id, String serviceUrl, String tenantId, Optional<String> channelId, String type) {
        this(id, serviceUrl, tenantId, channelId, type, Optional.empty(), false);
    }

    /** A reply under {@code activity} in this conversation. */
    public TeamsConversation replyingTo(String activity) {
        return new TeamsConversation(id, serviceUrl, tenantId, channelId, type, Optional.ofNullable(activity), false);
    }

    /** A reply that replaces {@code activity} (the card that was submitted) in this conversation. */
    public TeamsConversation replacing(String activity) {
        return new TeamsConversation(id, serviceUrl, tenantId, channelId, type, Optional.ofNullable(activity), true);
    }

    /** The conversation without any activity: what the core stores for a group and compares incoming messages to. */
    public TeamsConversation conversationOnly() {
        return new TeamsConversation(id, serviceUrl, tenantId, channelId, type);
    }

    public ConversationRef ref() {
        ConversationRef full = encode(true);
        // Better a plain post into the right conversation than a reference the outbox cannot store.
        return activityId.isPresent() && full.value().length() > LONGEST_STORED ? encode(false) : full;
    }

    private ConversationRef encode(boolean withActivity) {
        // Field order is fixed: a group's stored reference must equal the one its incoming messages produce.
        ObjectNode json = JSON.createObjectNode().put("c", id).put("s", serviceUrl).put("t", tenantId).put("k", type);
        channelId.ifPresent(ch -> json.put("ch", ch));
        if (withActivity && activityId.isPresent()) {
            json.put("a", activityId.get());
            if (replace) json.put("e", true);
        }
        try {
            return ConversationRef.of(Platform.TEAMS,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TeamsConversation of(ConversationRef ref) {
        if (ref.platform() != Platform.TEAMS) throw new IllegalArgumentException("not a Teams conversation: " + ref);
        try {
            JsonNode json = JSON.readTree(new String(Base64.getUrlDecoder().decode(ref.opaque()), StandardCharsets.UTF_8));
            if (json == null || !json.hasNonNull("c") || !json.hasNonNull("s")) throw new IllegalArgumentException("incomplete");
            return new TeamsConversation(json.path("c").asText(), json.path("s").asText(), json.path("t").asText(),
                    Optional.ofNullable(json.get("ch")).map(JsonNode::asText), json.path("k").asText(),
                    Optional.ofNullable(json.get("a")).map(JsonNode::asText), json.path("e").asBoolean(false));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Teams conversation reference", e);
        }
    }

    public boolean personal() {
        return "personal".equals(type);
    }
}
