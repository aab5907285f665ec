package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.leaders.Language;

/** Reads the submitted join card: the people picker answers with the manager's Entra object id. */
final class JoinForm {
    private JoinForm() {}

    static Command.Join command(JsonNode value) {
        return new Command.Join(field(value, "department"), field(value, "manager"),
                field(value, "language").flatMap(Language::fromLocaleTag));
    }

    private static Optional<String> field(JsonNode value, String name) {
        return Optional.ofNullable(value.get(name)).map(JsonNode::asText).map(String::trim).filter(s -> !s.isEmpty());
    }
}
