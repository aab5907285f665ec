package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a pressed card action asks for, from its data: an {@code Action.Submit}'s {@code value} or an
 * {@code Action.Execute}'s {@code value.action.data} carry the same fields. Our cards put the canonical command in
 * {@code command}, a choice's picked option under its id, or the join (or settings) form's fields beside {@code form}.
 * Data of any other card is not ours and runs nothing.
 *
 * @param text     the command, as text for the core's parser
 * @param joinForm whether it came from the join card (whose answer replaces the card)
 */
record CardAction(String text, boolean joinForm) {
    static Optional<CardAction> of(JsonNode data) {
        if (data == null || !data.isObject()) return Optional.empty();
        if ("join".equals(data.path("form").asText())) return Optional.of(new CardAction(JoinForm.text(data), true));
        if (SettingsForm.FORM.equals(data.path("form").asText())) return SettingsForm.text(data).map(t -> new CardAction(t, false));
        if (data.path("command").isTextual()) return Optional.of(new CardAction(data.get("command").asText(), false));
        JsonNode choice = data.path("choice");
        if (choice.isTextual() && data.path(choice.asText()).isTextual()) {
            return Optional.of(new CardAction(data.get(choice.asText()).asText(), false));
        }
        return Optional.empty();
    }
}
