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
    void the_calendar_link_is_an_add_to_calendar_button_and_the_file_is_left_to_the_link() {
        Message message = Message.of(new Block.Text("https://largrupp.example.com/calendar/abc.ics"),
                new Block.Link("Lägg till i kalendern", "https://outlook.office.com/calendar/0/addfromweb?url=x"),
                new Block.Attachment("largrupp.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        JsonNode body = AdaptiveCards.card(message, texts, Language.SV).path("body");

        assertThat(body).hasSize(2);
        JsonNode open = body.get(1).path("actions").get(0);
        assertThat(open.path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(open.path("title").asText()).isEqualTo("Lägg till i kalendern");
        assertThat(open.path("url").asText()).isEqualTo("https://outlook.office.com/calendar/0/addfromweb?url=x");
        assertThat(body.toString()).doesNotContain("VCALENDAR");
    }

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

    static final String PHISHING = "[Verify your account](https://evil.example/login)";
    /** A markdown link that a renderer would make clickable: brackets not escaped, directly followed by "(". */
    static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?<!\\\\)\\[[^\\]]*(?<!\\\\)\\]\\(");

    @Test
    void user_text_that_looks_like_a_link_is_shown_literally_in_every_block_never_as_a_link() {
        Message message = Message.of(new Block.Heading(PHISHING), new Block.Text("Avdelning: *" + PHISHING + "*"),
                new Block.Fields(List.of(new Message.Field("Avdelning", PHISHING))), new Block.Bullets(List.of(PHISHING)),
                new Block.Context(PHISHING));

        JsonNode card = AdaptiveCards.card(message, texts, Language.SV);

        List<String> shown = new java.util.ArrayList<>(card.findValuesAsText("text"));
        shown.addAll(card.findValuesAsText("value"));
        assertThat(shown).hasSize(5).allSatisfy(t -> {
            assertThat(LINK.matcher(t).find()).as(t).isFalse();
            assertThat(t.replace("\\", "").replace("\u200B", "")).contains(PHISHING); // every character still shown
        });
        assertThat(card.path("body").get(1).path("text").asText())
                .isEqualTo("Avdelning: **\\[Verify your account\\]\u200B(https://evil.example/login)**");
    }

    @Test
    void markdowns_own_characters_in_user_text_are_escaped_and_the_cores_bold_stays_bold() {
        assertThat(CardMarkdown.render("*Åsa* skrev 2*3 och_under ~streck~ `kod` <b> C:\\temp"))
                .isEqualTo("**Åsa** skrev 2\\*3 och\\_under \\~streck\\~ \\`kod\\` \\<b\\> C:\\\\temp");
        assertThat(CardMarkdown.render("Ekonomi & IT (Nord), 12:00 – https://teams.microsoft.com/l/meetup-join/x"))
                .isEqualTo("Ekonomi & IT (Nord), 12:00 – https://teams.microsoft.com/l/meetup-join/x");
    }
}
