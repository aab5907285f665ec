package se.largrupp.core.delivery;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/**
 * A platform-neutral {@link Message} as JSON for the outbox's payload column. The model stays free of Jackson:
 * the block types are named through a mix-in here, so stored rows read back after a block type is added.
 */
public final class MessageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Message.Block.class, BlockTypes.class)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MessageJson() {}

    public static String write(Message message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a message", e);
        }
    }

    /** With the language the message is written in, which adapters render their own few words in (Teams: the card's locale). */
    public static String write(Message message, Optional<Language> language) {
        if (language.isEmpty()) return write(message);
        ObjectNode tree = MAPPER.valueToTree(message);
        tree.put("language", language.get().code());
        return tree.toString();
    }

    /** The language {@link #write(Message, Optional)} stored; empty for rows written without one. */
    public static Optional<Language> language(String json) {
        try {
            String code = MAPPER.readTree(json).path("language").asText("");
            for (Language l : Language.values()) if (l.code().equals(code)) return Optional.of(l);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored message (" + e.getClass().getSimpleName() + ")");
        }
    }

    public static Message read(String json) {
        try {
            return MAPPER.readValue(json, Message.class);
        } catch (JsonProcessingException e) {
            // Jackson quotes the input in its message; a payload is ours, but keep logs free of message text anyway.
            throw new IllegalStateException("cannot read a stored message (" + e.getClass().getSimpleName() + ")");
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Message.Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Message.Block.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Message.Block.Fields.class, name = "fields"),
        @JsonSubTypes.Type(value = Message.Block.Bullets.class, name = "bullets"),
        @JsonSubTypes.Type(value = Message.Block.Context.class, name = "context"),
        @JsonSubTypes.Type(value = Message.Block.Actions.class, name = "actions"),
        @JsonSubTypes.Type(value = Message.Block.Choices.class, name = "choices"),
        @JsonSubTypes.Type(value = Message.Block.Form.class, name = "form"),
        @JsonSubTypes.Type(value = Message.Block.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Message.Block.Attachment.class, name = "attachment")
    })
    private abstract static class BlockTypes {}
}
