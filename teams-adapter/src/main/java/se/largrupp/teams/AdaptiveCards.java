package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * Renders the core's platform-neutral {@link Message} as an Adaptive Card (as Jackson trees, so tests read them). Text
 * that Teams reads as markdown goes through {@link CardMarkdown}, so user input is never markup or a link.
 * Every button is an {@code Action.Submit} whose data carries the canonical command; Teams sends it back as a
 * message activity whose {@code value} holds that data.
 */
public final class AdaptiveCards {
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String VERSION = "1.4";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AdaptiveCards() {}

    /** @param language the language of the few words the card adds itself (the OK of a choice) */
    public static ObjectNode card(Message message, Texts texts, Language language) {
        ObjectNode card = emptyCard();
        ArrayNode body = card.putArray("body");
        for (Block block : message.blocks()) render(block, body, texts, language);
        return card;
    }

    /** The join form: department, manager (Teams' people picker over the tenant's directory) and language. */
    public static ObjectNode joinForm(Texts texts, Language language) {
        ObjectNode card = emptyCard();
        joinFormFields(card.putArray("body"), texts, language);
        card.putArray("actions").add(joinSubmit(texts, language));
        return card;
    }

    private static void joinFormFields(ArrayNode body, Texts texts, Language language) {
        body.add(textBlock(texts.get(language, "teams.join.title")).put("size", "Large").put("weight", "Bolder"));
        body.add(textBlock(texts.get(language, "teams.join.intro")));
        body.addObject().put("type", "Input.Text").put("id", "department")
                .put("label", texts.get(language, "teams.join.department"))
                .put("placeholder", texts.get(language, "teams.join.department.placeholder"));
        ObjectNode manager = body.addObject().put("type", "Input.ChoiceSet").put("id", "manager")
                .put("label", texts.get(language, "teams.join.manager"))
                .put("placeholder", texts.get(language, "teams.join.manager.placeholder"));
        manager.putArray("choices");
        manager.putObject("choices.data").put("type", "Data.Query").put("dataset", "graph.microsoft.com/users");
        ObjectNode lang = body.addObject().put("type", "Input.ChoiceSet").put("id", "language")
                .put("label", texts.get(language, "teams.join.language")).put("value", language.code())
                .put("style", "expanded");
        ArrayNode choices = lang.putArray("choices");
        for (Language l : Language.values()) {
            choices.addObject().put("title", texts.get(language, "teams.language." + l.code())).put("value", l.code());
        }
    }

    private static ObjectNode joinSubmit(Texts texts, Language language) {
        ObjectNode submit = JSON.objectNode().put("type", "Action.Submit")
                .put("title", texts.get(language, "teams.join.submit")).put("style", "positive");
        submit.putObject("data").put("command", "join").put("form", "join");
        return submit;
    }

    /**
     * A message activity carrying one card in {@code language} (the activity's {@code locale}); {@code summary} is what
     * notifications and previews show.
     */
    public static ObjectNode activity(ObjectNode card, String summary, Language language) {
        ObjectNode activity = JSON.objectNode().put("type", "message").put("locale", language.locale().toLanguageTag())
                .put("summary", summary);
        activity.putArray("attachments").addObject().put("contentType", CONTENT_TYPE).set("content", card);
        return activity;
    }

    public static ObjectNode activity(Message message, Texts texts, Language language) {
        // A message that is only the join form is the join card, named by its title in notifications.
        if (message.blocks().size() == 1 && message.blocks().get(0) instanceof Block.Form f && Block.Form.JOIN.equals(f.name())) {
            return activity(joinForm(texts, f.language()), texts.get(f.language(), "teams.join.title"), f.language());
        }
        return activity(card(message, texts, language), message.plainText(), language);
    }

    private static ObjectNode emptyCard() {
        ObjectNode card = JSON.objectNode()
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard").put("version", VERSION);
        card.putObject("msteams").put("width", "Full");
        return card;
    }

    private static void render(Block block, ArrayNode body, Texts texts, Language language) {
        if (block instanceof Block.Heading h) {
            body.add(textBlock(h.text()).put("size", "Large").put("weight", "Bolder"));
        } else if (block instanceof Block.Text t) {
            body.add(textBlock(t.text()));
        } else if (block instanceof Block.Context c) {
            body.add(textBlock(c.text()).put("size", "Small").put("isSubtle", true));
        } else if (block instanceof Block.Bullets b) {
            body.add(markdownBlock(String.join("\n", b.items().stream().map(i -> "- " + CardMarkdown.render(i)).toList())));
        } else if (block instanceof Block.Fields f) {
            ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
            f.fields().forEach(field -> facts.addObject().put("title", CardMarkdown.render(field.label()))
                    .put("value", CardMarkdown.render(field.value())));
        } else if (block instanceof Block.Actions a) {
            ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
            a.buttons().forEach(b -> actions.add(submit(b)));
        } else if (block instanceof Block.Choices c) {
            ObjectNode input = body.addObject().put("type", "Input.ChoiceSet").put("id", c.actionId())
                    .put("placeholder", c.placeholder()).put("style", "compact");
            ArrayNode choices = input.putArray("choices");
            c.options().forEach(o -> choices.addObject().put("title", o.label()).put("value", o.command()));
            ObjectNode ok = body.addObject().put("type", "ActionSet").putArray("actions").addObject()
                    .put("type", "Action.Submit").put("title", texts.get(language, "teams.choice.submit"));
            ok.putObject("data").put("choice", c.actionId());
        } else if (block instanceof Block.Form f && Block.Form.JOIN.equals(f.name())) {
            joinFormFields(body, texts, f.language());
            body.addObject().put("type", "ActionSet").putArray("actions").add(joinSubmit(texts, f.language()));
        } else if (block instanceof Block.Form f && Block.Form.SETTINGS.equals(f.name())) {
            SettingsForm.fields(body, texts, f.language());
        } else if (block instanceof Block.Link l) {
            body.addObject().put("type", "ActionSet").putArray("actions").addObject()
                    .put("type", "Action.OpenUrl").put("title", l.label()).put("url", l.url());
        } else if (block instanceof Block.Attachment) {
            // A bot cannot push a file without Teams' file-consent flow; the link beside it does the job.
        } else {
            throw new IllegalArgumentException("unknown block " + block);
        }
    }

    private static ObjectNode submit(Message.Button button) {
        ObjectNode action = JSON.objectNode().put("type", "Action.Submit").put("title", button.label()).put("id", button.actionId());
        if (button.style() == Message.Style.PRIMARY) action.put("style", "positive");
        if (button.style() == Message.Style.DANGER) action.put("style", "destructive");
        action.putObject("data").put("command", button.command());
        return action;
    }

    /** A TextBlock of a core text: shown literally but for its bold (see {@link CardMarkdown}). */
    private static ObjectNode textBlock(String text) {
        return markdownBlock(CardMarkdown.render(text));
    }

    private static ObjectNode markdownBlock(String markdown) {
        return JSON.objectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
    }
}
