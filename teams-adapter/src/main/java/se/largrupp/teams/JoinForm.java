package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import se.largrupp.core.leaders.Language;

/**
 * Reads the submitted join card as the command a leader would have typed ({@code join Ekonomi <@manager> language sv}),
 * so its fields pass the same checks as typed input in the core's parser. The people picker answers with the
 * manager's Entra object id.
 */
final class JoinForm {
    private JoinForm() {}

    static String text(JsonNode value) {
        StringBuilder text = new StringBuilder("join");
        field(value, "department").ifPresent(d -> text.append(' ').append(d));
        field(value, "manager").ifPresent(m -> text.append(" <@").append(m).append('>'));
        // Only a language the bot speaks: "language xx" would otherwise be read as two more words of the department.
        field(value, "language").flatMap(Language::fromLocaleTag).ifPresent(l -> text.append(" language ").append(l.code()));
        return text.toString();
    }

    private static Optional<String> field(JsonNode value, String name) {
        return Optional.ofNullable(value.get(name)).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .map(s -> s.replaceAll("\\s+", " ").trim()).filter(s -> !s.isEmpty());
    }
}
