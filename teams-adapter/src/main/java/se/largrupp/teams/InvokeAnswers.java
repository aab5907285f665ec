package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * The bodies of invoke responses. Teams shows an {@code Action.Execute}'s message answer beside the card; the actual
 * reply follows through the outbox, so the answer only says the press was taken.
 */
final class InvokeAnswers {
    static final String MESSAGE = "application/vnd.microsoft.activity.message";
    private final Texts texts;

    InvokeAnswers(Texts texts) {
        this.texts = texts;
    }

    InvokeResponse cardAction(Optional<Language> language) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("statusCode", 200).put("type", MESSAGE)
                .put("value", texts.get(language.orElse(Language.SV), "teams.invoke.taken"));
        return new InvokeResponse(200, body);
    }

    /** Task modules, message extensions, tabs, sign-in, file consent …: acknowledged, nothing to show. */
    InvokeResponse nothing() {
        return new InvokeResponse(200, null);
    }
}
