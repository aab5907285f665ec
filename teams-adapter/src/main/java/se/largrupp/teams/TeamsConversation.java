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
 *
 * @param id         the Bot Connector conversation id (a channel thread's id ends in {@code ;messageid=…})
 * @param serviceUrl the Bot Connector of the tenant's region, ending in '/'
 * @param tenantId   the Entra tenant
 * @param channelId  the Teams channel of a channel conversation, if any
 * @param type       Teams' conversation type: personal, channel or groupChat
 */
public record TeamsConversation(String id, String serviceUrl, String tenantId, Optional<String> channelId, String type) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public TeamsConversation {
        Objects.requireNonNull(id, "id");
        serviceUrl = TeamsSettings.withSlash(Objects.requireNonNull(serviceUrl, "serviceUrl"));
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channelId, "channelId");
        type = type == null || type.isBlank() ? "personal" : type;
    }

    public ConversationRef ref() {
        ObjectNode json = JSON.createObjectNode().put("c", id).put("s", serviceUrl).put("t", tenantId).put("k", type);
        channelId.ifPresent(ch -> json.put("ch", ch));
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
            return new TeamsConversation(json.path("c").asText(), json.path("s").asText(), json.path("t").asText(),
                    Optional.ofNullable(json.get("ch")).map(JsonNode::asText), json.path("k").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Teams conversation reference: " + ref, e);
        }
    }

    public boolean personal() {
        return "personal".equals(type);
    }
}
