package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.settings.Setting;

/**
 * The programme's settings on a card (Teams has no App Home modal): an input and a change button per setting. A
 * press is read as the command an admin would have typed ({@code settings depth 1}), so the value passes the same
 * checks as typed input and the same admin rule.
 */
final class SettingsForm {
    static final String FORM = "settings";
    private static final String INPUT = "setting.";

    private SettingsForm() {}

    static void fields(ArrayNode body, Texts texts, Language language) {
        for (Setting setting : Setting.values()) {
            body.addObject().put("type", "Input.Text").put("id", INPUT + setting.key())
                    .put("label", texts.get(language, "settings.name." + setting.key()));
            ObjectNode change = body.addObject().put("type", "ActionSet").putArray("actions").addObject()
                    .put("type", "Action.Submit").put("title", texts.get(language, "teams.settings.change"));
            change.putObject("data").put("form", FORM).put("setting", setting.key());
        }
    }

    /** The pressed setting's command, with the value typed beside it (none: the core says what is missing). */
    static Optional<String> text(JsonNode data) {
        Optional<Setting> setting = Setting.named(data.path("setting").asText());
        if (setting.isEmpty()) return Optional.empty();
        JsonNode value = data.get(INPUT + setting.get().key());
        String typed = value != null && value.isValueNode() ? value.asText().replaceAll("\\s+", " ").trim() : "";
        return Optional.of((FORM + " " + setting.get().key() + " " + typed).trim());
    }
}
