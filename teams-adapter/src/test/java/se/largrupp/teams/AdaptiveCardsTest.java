package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

class AdaptiveCardsTest {
    final Texts texts = new Texts();

    @Test
    void every_block_type_renders_to_its_adaptive_card_element() {
        Message message = Message.of(
                new Block.Heading("Nästa träff"),
                new Block.Text("Ni ses *tisdag* kl 12"),
                new Block.Fields(List.of(new Message.Field("När", "tis 12:00"), new Message.Field("Var", "Fika"))),
                new Block.Bullets(List.of("Anna", "Erik")),
                new Block.Context("2 av 3 kommer"),
                new Block.Actions(List.of(new Message.Button("yes", "Jag kommer", "rsvp yes", Message.Style.PRIMARY),
                        new Message.Button("no", "Kan inte", "rsvp no", Message.Style.DANGER))),
                new Block.Choices("lang", "Välj språk", List.of(new Message.Choice("English", "language en"))));

        JsonNode card = AdaptiveCards.card(message, texts, Language.SV);
        JsonNode body = card.path("body");

        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(body.get(0).path("size").asText()).isEqualTo("Large");
        assertThat(body.get(1).path("text").asText()).isEqualTo("Ni ses **tisdag** kl 12");
        assertThat(body.get(2).path("type").asText()).isEqualTo("FactSet");
        assertThat(body.get(2).path("facts").get(1).path("title").asText()).isEqualTo("Var");
        assertThat(body.get(3).path("text").asText()).isEqualTo("- Anna\n- Erik");
        assertThat(body.get(4).path("isSubtle").asBoolean()).isTrue();
        JsonNode buttons = body.get(5).path("actions");
        assertThat(buttons.get(0).path("type").asText()).isEqualTo("Action.Submit");
        assertThat(buttons.get(0).path("data").path("command").asText()).isEqualTo("rsvp yes");
        assertThat(buttons.get(0).path("style").asText()).isEqualTo("positive");
        assertThat(buttons.get(1).path("style").asText()).isEqualTo("destructive");
        assertThat(body.get(6).path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(body.get(6).path("id").asText()).isEqualTo("lang");
        assertThat(body.get(6).path("choices").get(0).path("value").asText()).isEqualTo("language en");
        assertThat(body.get(7).path("actions").get(0).path("data").path("choice").asText()).isEqualTo("lang");
    }

    @Test
    void the_join_form_asks_for_department_manager_and_language_in_the_leaders_language() {
        JsonNode card = AdaptiveCards.joinForm(texts, Language.EN);

        assertThat(card.toString()).contains("Department").doesNotContain("Avdelning");
        JsonNode manager = card.path("body").findParent("choices.data");
        assertThat(manager.path("id").asText()).isEqualTo("manager");
        assertThat(manager.path("choices.data").path("dataset").asText()).isEqualTo("graph.microsoft.com/users");
        assertThat(card.path("actions").get(0).path("data").path("form").asText()).isEqualTo("join");
    }

    @Test
    void a_message_activity_carries_the_plain_text_as_its_summary() {
        JsonNode activity = AdaptiveCards.activity(Message.of(new Block.Heading("Hej"), new Block.Text("Välkommen")), texts, Language.SV);

        assertThat(activity.path("summary").asText()).isEqualTo("Hej\nVälkommen");
        assertThat(activity.path("attachments").get(0).path("contentType").asText()).isEqualTo(AdaptiveCards.CONTENT_TYPE);
    }

    @Test
    void the_platforms_form_among_other_blocks_becomes_the_join_cards_inputs_with_its_own_submit() {
        Message message = Message.of(new Block.Text("Välkommen!"), Block.Form.join(Language.EN));

        JsonNode body = AdaptiveCards.card(message, texts, Language.SV).path("body");

        assertThat(body.findValuesAsText("id")).contains("department", "manager", "language");
        assertThat(body.toString()).contains("Department").doesNotContain("Avdelning");
        JsonNode submit = body.get(body.size() - 1).path("actions").get(0);
        assertThat(submit.path("type").asText()).isEqualTo("Action.Submit");
        assertThat(submit.path("data").path("form").asText()).isEqualTo("join");
    }
}
