package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.FakeCommands;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.teams.support.TeamsEndpoint;

/** Real Teams activities over HTTP into the running endpoint (dev mode), with the Bot Connector stood in locally. */
class TeamsEndpointTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String PERSONAL = "a:1Zb3kQ9mWvXyPq7T5nR2sUo8LcHe4GdJ";
    static final String THREAD = "19:4b1f0c5e2a8d4f6e9b3c7a1d5e8f2b6c@thread.tacv2;messageid=1732647940101";

    ConnectorStandIn connector;
    FakeCommands commands;
    TeamsEndpoint endpoint;
    OutboxDrain outbox;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        commands = new FakeCommands();
        TeamsAdapter adapter = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), commands, AccessTokens.none());
        adapter.start();
        endpoint = new TeamsEndpoint(adapter.servlet());
        outbox = new OutboxDrain(commands.outbox::messages, adapter.outgoingMessages());
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
    }

    String activity(String name) {
        return TeamsEndpoint.activity(name, connector.serviceUrl());
    }

    @Test
    void a_personal_message_runs_the_command_and_its_reply_goes_under_the_activity_through_the_outbox() throws Exception {
        HttpResponse<String> response = endpoint.post(activity("personal-message"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(connector.calls()).isEmpty(); // acked before anything is sent
        assertThat(commands.executed()).hasSize(1);
        Invocation invocation = commands.executed().get(0).invocation();
        assertThat(commands.executed().get(0).what()).isEqualTo("status");
        assertThat(invocation.actor()).isEqualTo(LeaderId.of(Platform.TEAMS, TENANT, "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa"));
        assertThat(invocation.actorName()).isEqualTo("Anna Berg");
        assertThat(invocation.platformLanguage()).contains(Language.SV);
        assertThat(invocation.deliveryId()).get().asString().startsWith("teams:1732647731512@");
        TeamsConversation where = TeamsConversation.of(invocation.conversation());
        assertThat(where.id()).isEqualTo(PERSONAL);
        assertThat(where.serviceUrl()).isEqualTo(connector.serviceUrl());
        assertThat(where.tenantId()).isEqualTo(TENANT);
        assertThat(where.activityId()).isEmpty();
        assertThat(TeamsConversation.of(invocation.replyTo().orElseThrow())).isEqualTo(where.replyingTo("1732647731512"));

        outbox.deliver();
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + PERSONAL + "/activities/1732647731512");
        JsonNode sent = connector.calls().get(0).body();
        assertThat(sent.path("type").asText()).isEqualTo("message");
        assertThat(sent.path("replyToId").asText()).isEqualTo("1732647731512");
        assertThat(sent.path("attachments").get(0).path("contentType").asText()).isEqualTo(AdaptiveCards.CONTENT_TYPE);
        assertThat(sent.path("attachments").get(0).path("content").path("body").get(0).path("text").asText()).isEqualTo("ok: status");
    }

    @Test
    void a_channel_mention_strips_the_mention_and_the_leading_name_and_answers_in_the_thread() throws Exception {
        HttpResponse<String> response = endpoint.post(activity("channel-mention"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly("status");
        Invocation invocation = commands.executed().get(0).invocation();
        assertThat(invocation.platformLanguage()).contains(Language.EN);
        TeamsConversation where = TeamsConversation.of(invocation.conversation());
        assertThat(where.type()).isEqualTo("channel");
        assertThat(where.channelId()).contains("19:4b1f0c5e2a8d4f6e9b3c7a1d5e8f2b6c@thread.tacv2");
        outbox.deliver();
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + THREAD + "/activities/1732647940101");
    }

    @Test
    void an_answer_for_the_caller_only_goes_to_a_personal_chat_when_asked_in_a_channel() throws Exception {
        endpoint.post(activity("channel-mention").replace("lärgrupp status", "help"));

        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly("help");
        outbox.deliver();
        assertThat(connector.lines()).containsExactly(
                "POST /emea/v3/conversations",
                "POST /emea/v3/conversations/a:created-1/activities");
        JsonNode create = connector.calls().get(0).body();
        assertThat(create.path("isGroup").asBoolean()).isFalse();
        assertThat(create.path("tenantId").asText()).isEqualTo(TENANT);
        // The Entra object id is a member id the connector takes; the bot is the app id (none in dev mode).
        assertThat(create.path("members").get(0).path("id").asText()).isEqualTo("6f1a2b3c-0000-4d5e-8f90-bbbbbbbbbbbb");
    }

    @Test
    void join_without_arguments_answers_with_the_join_form_card() throws Exception {
        endpoint.post(activity("personal-message").replace("\"text\": \"status\"", "\"text\": \"Lärgrupp join\""));

        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly("join");
        outbox.deliver();
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + PERSONAL + "/activities/1732647731512");
        JsonNode card = connector.calls().get(0).body().path("attachments").get(0).path("content");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.findValuesAsText("id")).contains("department", "manager", "language");
        assertThat(card.toString()).contains("graph.microsoft.com/users").contains("Avdelning");
        JsonNode submit = card.path("actions").get(0);
        assertThat(submit.path("type").asText()).isEqualTo("Action.Submit");
        assertThat(submit.path("data").path("command").asText()).isEqualTo("join");
    }

    @Test
    void submitting_the_join_form_joins_and_replaces_the_card_with_the_confirmation() throws Exception {
        HttpResponse<String> response = endpoint.post(activity("join-form-submit"));

        assertThat(response.statusCode()).isEqualTo(200);
        // As typed text, so the core's parser checks the card's fields exactly as it checks typed ones.
        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly(
                "join Ekonomi <@6f1a2b3c-0000-4d5e-8f90-cccccccccccc> language sv");
        outbox.deliver();
        assertThat(connector.lines()).containsExactly("PUT /emea/v3/conversations/" + PERSONAL + "/activities/1:1JoinFormCard");
        assertThat(connector.calls().get(0).body().toString()).contains("joined Ekonomi");
    }

    @Test
    void a_card_button_runs_the_command_it_carries() throws Exception {
        endpoint.post(activity("card-submit"));

        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly("rsvp yes");
        outbox.deliver();
        assertThat(connector.lines()).hasSize(1);
    }

    @Test
    void adding_the_bot_to_a_team_posts_the_help_into_the_channel() throws Exception {
        HttpResponse<String> response = endpoint.post(activity("bot-added-to-team"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.executed()).extracting(FakeCommands.Executed::what).containsExactly(new Command.Help());
        // The help is for the caller: it goes to the installer's personal chat, not to the whole team.
        outbox.deliver();
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations/a:created-1/activities");
    }

    @Test
    void an_installation_update_is_acknowledged_without_a_command_or_a_connector_call() throws Exception {
        HttpResponse<String> response = endpoint.post(activity("installation-update"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.executed()).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void a_redelivered_activity_is_applied_once_and_answered_once() throws Exception {
        endpoint.post(activity("personal-message"));
        endpoint.post(activity("personal-message"));

        assertThat(commands.executed()).hasSize(1);
        assertThat(commands.outbox.messages()).hasSize(1);
        outbox.deliver();
        assertThat(connector.calls()).hasSize(1);
    }

    @Test
    void the_same_message_id_in_two_conversations_is_two_deliveries() throws Exception {
        endpoint.post(activity("personal-message"));
        endpoint.post(activity("personal-message").replace("a:1Zb3kQ9mWvXyPq7T5nR2sUo8LcHe4GdJ", "a:1AnotherPersonalChat"));

        assertThat(commands.executed()).hasSize(2);
    }

    @Test
    void dev_mode_warns_on_every_request_that_authentication_is_off() throws Exception {
        ch.qos.logback.classic.Logger servletLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(TeamsServlet.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        servletLog.addAppender(seen);
        try {
            endpoint.post(activity("personal-message"));
            endpoint.post(activity("installation-update"));
        } finally {
            servletLog.detachAppender(seen);
        }

        assertThat(seen.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .hasSize(2).allMatch(m -> m.contains("WITHOUT authentication"));
    }

    @Test
    void dev_mode_refuses_a_service_url_off_this_machine_does_nothing_and_does_not_remember_it() throws Exception {
        TeamsAdapter dev = TeamsAdapter.create(new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                true, false, java.net.URI.create(connector.serviceUrl())), commands, AccessTokens.none());
        try (TeamsEndpoint devEndpoint = new TeamsEndpoint(dev.servlet())) {
            for (String elsewhere : java.util.List.of("https://smba.trafficmanager.net/emea/", "http://127.0.0.1@evil.example/",
                    "http://127.0.0.2.evil.example/", "ftp://127.0.0.1/")) {
                HttpResponse<String> response = devEndpoint.post(activity("personal-message").replace(connector.serviceUrl(), elsewhere));

                assertThat(response.statusCode()).as(elsewhere).isEqualTo(403);
            }
            assertThat(commands.executed()).isEmpty();

            // A notice to a leader of that tenant still goes to the configured connector, not to the refused address.
            LeaderId anna = LeaderId.of(Platform.TEAMS, TENANT, "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa");
            dev.outgoingMessages().deliver(new se.largrupp.core.port.OutgoingMessage("notice", se.largrupp.core.port.ConversationRef.direct(anna),
                    se.largrupp.core.port.Message.text("Hej"), Optional.empty(), Optional.of(anna)), Optional.empty());
            assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations/a:created-1/activities");
        }
    }

    @Test
    void a_body_that_is_not_an_activity_is_a_bad_request() throws Exception {
        assertThat(endpoint.post("{not json").statusCode()).isEqualTo(400);
        assertThat(endpoint.post("{\"text\":\"" + "x".repeat(300_000) + "\"}").statusCode()).isEqualTo(413);
        assertThat(commands.executed()).isEmpty();
    }
}
