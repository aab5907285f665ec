package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.testing.TestCore;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.teams.support.TeamsEndpoint;

/** The endpoint in front of the real core (in-memory ports): parsing, language and the core's duplicate rule. */
class TeamsWithTheCoreTest {
    final TestCore core = TestCore.create();
    ConnectorStandIn connector;
    TeamsEndpoint endpoint;
    OutboxDrain outbox;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        TeamsAdapter teams = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), core.commands(), AccessTokens.none());
        endpoint = new TeamsEndpoint(teams.servlet());
        outbox = new OutboxDrain(core.outbox::messages, teams.outgoingMessages());
    }

    void post(String activity) throws Exception {
        endpoint.post(activity);
        outbox.deliver();
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
    }

    String message(String text, String locale) {
        return TeamsEndpoint.activity("personal-message", connector.serviceUrl())
                .replace("\"text\": \"status\"", "\"text\": \"" + text + "\"").replace("\"locale\": \"sv-SE\"", "\"locale\": \"" + locale + "\"");
    }

    @Test
    void swedish_help_is_answered_in_swedish_from_the_teams_locale() throws Exception {
        post(message("lärgrupp hjälp", "sv-SE"));

        assertThat(connector.calls()).hasSize(1);
        assertThat(connector.calls().get(0).body().toString()).contains(core.texts.get(Language.SV, "help.title"));
    }

    @Test
    void an_english_locale_gets_english() throws Exception {
        post(message("help", "en-US"));

        assertThat(connector.calls().get(0).body().toString()).contains(core.texts.get(Language.EN, "help.title"));
    }

    @Test
    void joining_through_the_card_stores_department_manager_and_language_and_replaces_the_card() throws Exception {
        post(message("gå med", "sv-SE"));
        assertThat(connector.calls().get(0).body().toString()).contains("graph.microsoft.com/users");

        post(TeamsEndpoint.activity("join-form-submit", connector.serviceUrl()));

        LeaderId anna = LeaderId.of(Platform.TEAMS, "72f988bf-86f1-41af-91ab-2d7cd011db47", "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa");
        Leader joined = core.leaders.find(anna).orElseThrow();
        assertThat(joined.department()).contains("Ekonomi");
        assertThat(joined.manager()).contains(LeaderId.of(Platform.TEAMS, anna.workspace().id(), "6f1a2b3c-0000-4d5e-8f90-cccccccccccc"));
        assertThat(joined.displayName()).isEqualTo("Anna Berg");
        assertThat(connector.lines()).last().isEqualTo("PUT /emea/v3/conversations/a:1Zb3kQ9mWvXyPq7T5nR2sUo8LcHe4GdJ/activities/1:1JoinFormCard");
    }

    @Test
    void a_link_typed_as_a_department_in_the_join_card_is_refused_like_typed_text_and_shown_literally() throws Exception {
        String phishing = "[Verify your account](https://evil.example/login)";
        post(TeamsEndpoint.activity("join-form-submit", connector.serviceUrl()).replace("\"Ekonomi\"", "\"" + phishing.replace("\"", "") + "\""));

        LeaderId anna = LeaderId.of(Platform.TEAMS, "72f988bf-86f1-41af-91ab-2d7cd011db47", "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa");
        assertThat(core.leaders.find(anna)).isEmpty(); // the parser refused the department: nothing stored
        JsonNode refusal = connector.calls().get(0).body().path("attachments").get(0).path("content");
        assertThat(refusal.findValuesAsText("text")).anyMatch(t -> t.contains("\"\\[Verify\""))
                .noneMatch(t -> AdaptiveCardsTest.LINK.matcher(t).find());
    }

    @Test
    void a_display_name_that_looks_like_a_link_is_shown_literally_in_the_welcome() throws Exception {
        post(message("gå med Ekonomi", "sv-SE").replace("\"Anna Berg\"", "\"[Verify your account](https://evil.example/login)\""));

        JsonNode card = connector.calls().get(0).body().path("attachments").get(0).path("content");
        assertThat(card.findValuesAsText("text")).anyMatch(t -> t.contains("\\[Verify your account\\]\u200B(https://evil.example/login)"))
                .noneMatch(t -> AdaptiveCardsTest.LINK.matcher(t).find());
    }

    @Test
    void the_core_applies_a_redelivered_activity_once() throws Exception {
        post(message("help", "en-US"));
        post(message("help", "en-US"));

        assertThat(connector.calls()).hasSize(1);
    }
}
