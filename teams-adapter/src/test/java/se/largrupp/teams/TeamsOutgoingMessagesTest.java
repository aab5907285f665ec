package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.ConnectorStandIn.Answer;
import se.largrupp.teams.support.FakeCommands;

/** Proactive delivery (for the outbox) and the groups' conversations, against the connector stand-in. */
class TeamsOutgoingMessagesTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CHANNEL = "19:programme0000000000000000000000@thread.tacv2";
    ConnectorStandIn connector;
    TeamsAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        adapter = adapter(false);
    }

    @AfterEach
    void stop() {
        connector.close();
    }

    TeamsAdapter adapter(boolean groupChat) {
        TeamsSettings settings = new TeamsSettings(Optional.of("bot-app"), Optional.of("pw"), Optional.of(TENANT),
                Optional.of(CHANNEL), false, groupChat, java.net.URI.create(connector.serviceUrl()));
        return TeamsAdapter.create(settings, new FakeCommands(), () -> Optional.of("outgoing-token"));
    }

    ConversationRef thread() {
        return new TeamsConversation(CHANNEL + ";messageid=42", connector.serviceUrl(), TENANT, Optional.of(CHANNEL), "channel").ref();
    }

    OutgoingMessage turnCard() {
        return new OutgoingMessage("round:g1:turn", thread(), Message.of(new Message.Block.Heading("Anna's turn"),
                new Message.Block.Actions(List.of(Message.Button.of("next", "Next", "next")))), Optional.of("turn:g1"), Optional.empty());
    }

    @Test
    void a_proactive_message_is_posted_into_the_groups_thread_with_the_bots_token() {
        Delivery delivery = adapter.outgoingMessages().deliver(turnCard(), Optional.empty());

        assertThat(delivery).isEqualTo(new Delivery.Delivered("activity-1"));
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + CHANNEL + ";messageid=42/activities");
        assertThat(connector.calls().get(0).authorization()).isEqualTo("Bearer outgoing-token");
        assertThat(connector.calls().get(0).body().toString()).contains("Anna's turn").contains("\"command\":\"next\"");
    }

    @Test
    void a_message_with_an_earlier_id_updates_that_activity_in_place() {
        Delivery delivery = adapter.outgoingMessages().deliver(turnCard(), Optional.of("1732650000777"));

        assertThat(delivery).isEqualTo(new Delivery.Delivered("1732650000777"));
        assertThat(connector.lines()).containsExactly("PUT /emea/v3/conversations/" + CHANNEL + ";messageid=42/activities/1732650000777");
        assertThat(connector.calls().get(0).body().path("id").asText()).isEqualTo("1732650000777");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 412, 502, 504})
    void passing_failures_ask_the_outbox_to_retry_after_what_the_connector_said(int status) {
        connector.queue(Answer.retryAfter(status, 7));

        Delivery delivery = adapter.outgoingMessages().deliver(turnCard(), Optional.empty());

        assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
        assertThat(((Delivery.RetryLater) delivery).retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(connector.calls()).hasSize(1); // the outbox, not the adapter, comes back later
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void a_conversation_the_bot_cannot_reach_any_more_is_rejected_for_good(int status) {
        connector.queue(Answer.of(status));

        assertThat(adapter.outgoingMessages().deliver(turnCard(), Optional.empty())).isInstanceOf(Delivery.Rejected.class);
    }

    @Test
    void a_connector_that_cannot_be_reached_is_a_passing_failure() {
        ConversationRef nowhere = new TeamsConversation("a:1", "http://127.0.0.1:1/", TENANT, Optional.empty(), "personal").ref();

        Delivery delivery = adapter.outgoingMessages().deliver(OutgoingMessage.post("k", nowhere, Message.text("hej")), Optional.empty());

        assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
    }

    @Test
    void a_reference_of_another_platform_is_rejected() {
        Delivery delivery = adapter.outgoingMessages().deliver(
                OutgoingMessage.post("k", new ConversationRef("slack:T1:C1"), Message.text("hej")), Optional.empty());

        assertThat(delivery).isInstanceOf(Delivery.Rejected.class);
    }

    @Test
    void a_notice_for_an_admin_the_bot_has_no_chat_with_opens_a_personal_chat_in_their_tenant() {
        LeaderId admin = LeaderId.of(Platform.TEAMS, TENANT, "6f1a2b3c-0000-4d5e-8f90-bbbbbbbbbbbb");
        // how the core addresses a leader directly: <platform>:<workspace>:<user>, with onlyFor set
        ConversationRef direct = ConversationRef.of(Platform.TEAMS, TENANT + ":" + admin.user());
        OutgoingMessage notice = new OutgoingMessage("quiet:g1", direct, Message.text("Gruppen har varit tyst"), Optional.empty(), Optional.of(admin));

        assertThat(adapter.outgoingMessages().deliver(notice, Optional.empty())).isInstanceOf(Delivery.Delivered.class);

        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations/a:created-1/activities");
        assertThat(connector.calls().get(0).body().path("members").get(0).path("id").asText()).isEqualTo(admin.user());
    }

    @Test
    void a_message_for_one_leader_goes_to_their_personal_chat() {
        LeaderId anna = LeaderId.of(Platform.TEAMS, TENANT, "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa");
        OutgoingMessage nudge = new OutgoingMessage("nudge:g1", thread(), Message.text("Ses i morgon?"), Optional.empty(), Optional.of(anna));

        assertThat(adapter.outgoingMessages().deliver(nudge, Optional.empty())).isInstanceOf(Delivery.Delivered.class);

        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations/a:created-1/activities");
        assertThat(connector.calls().get(0).body().path("members").get(0).path("id").asText()).isEqualTo(anna.user());
        assertThat(connector.calls().get(0).body().path("tenantId").asText()).isEqualTo(TENANT);
    }

    @Test
    void a_new_group_gets_a_new_thread_in_the_programme_channel() {
        List<LeaderId> members = List.of(LeaderId.of(Platform.TEAMS, TENANT, "a"), LeaderId.of(Platform.TEAMS, TENANT, "b"));

        ConversationRef ref = adapter.groupConversations().create(new Workspace(Platform.TEAMS, TENANT),
                new GroupConversations.Opening("largrupp-2027v1-03", "2027v1-03", Language.SV, members));

        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations");
        var create = connector.calls().get(0).body();
        assertThat(create.path("isGroup").asBoolean()).isTrue();
        assertThat(create.path("channelData").path("channel").path("id").asText()).isEqualTo(CHANNEL);
        assertThat(create.path("tenantId").asText()).isEqualTo(TENANT);
        assertThat(create.path("activity").toString()).contains("Lärgrupp 2027v1-03", "tillhör lärgrupp 2027v1-03")
                .doesNotContain("largrupp-2027v1-03");
        TeamsConversation thread = TeamsConversation.of(ref);
        assertThat(thread.id()).startsWith(CHANNEL + ";messageid=");
        assertThat(thread.channelId()).contains(CHANNEL);
        assertThat(thread.serviceUrl()).isEqualTo(connector.serviceUrl());

        // The welcome then goes into that thread.
        adapter.outgoingMessages().deliver(OutgoingMessage.post("welcome", ref, Message.text("Välkommen")), Optional.empty());
        assertThat(connector.lines()).last().isEqualTo("POST /emea/v3/conversations/" + thread.id() + "/activities");
    }

    @Test
    void a_thread_is_titled_and_introduced_in_the_groups_language_only() {
        adapter.groupConversations().create(new Workspace(Platform.TEAMS, TENANT),
                new GroupConversations.Opening("largrupp-2027v1-04", "2027v1-04", Language.EN, List.of()));

        var first = connector.calls().get(0).body().path("activity");
        assertThat(first.path("locale").asText()).isEqualTo("en");
        assertThat(first.toString()).contains("Learning group 2027v1-04", "This thread belongs to learning group 2027v1-04")
                .doesNotContain("Lärgrupp", "tråden", "largrupp-");
    }

    @Test
    void a_message_is_delivered_with_the_locale_of_the_language_it_is_written_in() {
        adapter.outgoingMessages().deliver(OutgoingMessage.post("k1", thread(), Message.text("Time is up")).in(Language.EN), Optional.empty());
        adapter.outgoingMessages().deliver(OutgoingMessage.post("k2", thread(), Message.text("Tiden är ute")).in(Language.SV), Optional.empty());

        assertThat(connector.calls()).extracting(c -> c.body().path("locale").asText()).containsExactly("en", "sv-SE");
    }

    @Test
    void opening_a_thread_rides_out_a_throttle() {
        connector.queue(Answer.retryAfter(429, 0));

        ConversationRef ref = adapter.groupConversations().create(new Workspace(Platform.TEAMS, TENANT), "largrupp-01", List.of());

        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations");
        assertThat(TeamsConversation.of(ref).type()).isEqualTo("channel");
    }

    @Test
    void with_group_chats_preferred_a_group_opens_a_group_chat_of_its_members() {
        TeamsAdapter chats = adapter(true);
        List<LeaderId> members = List.of(LeaderId.of(Platform.TEAMS, TENANT, "aad-1"), LeaderId.of(Platform.TEAMS, TENANT, "29~fallback"));

        ConversationRef ref = chats.groupConversations().create(new Workspace(Platform.TEAMS, TENANT),
                new GroupConversations.Opening("largrupp-02", "02", Language.EN, members));

        var create = connector.calls().get(0).body();
        assertThat(create.path("isGroup").asBoolean()).isTrue();
        assertThat(create.path("topicName").asText()).isEqualTo("Learning group 02");
        assertThat(create.path("members").findValuesAsText("id")).containsExactly("aad-1", "29:fallback");
        assertThat(TeamsConversation.of(ref).type()).isEqualTo("groupChat");
    }

    @Test
    void a_reply_route_posts_under_the_activity_it_answers() {
        ConversationRef route = TeamsConversation.of(thread()).replyingTo("1732650000123").ref();

        Delivery delivery = adapter.outgoingMessages().deliver(OutgoingMessage.post("reply:teams:1", route, Message.text("ok")), Optional.empty());

        assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + CHANNEL + ";messageid=42/activities/1732650000123");
        assertThat(connector.calls().get(0).body().path("replyToId").asText()).isEqualTo("1732650000123");
    }

    @Test
    void a_route_that_replaces_the_submitted_card_edits_it_in_place() {
        ConversationRef route = new TeamsConversation("a:personal", connector.serviceUrl(), TENANT, Optional.empty(), "personal")
                .replacing("1:JoinCard").ref();

        Delivery delivery = adapter.outgoingMessages().deliver(OutgoingMessage.post("reply:teams:2", route, Message.text("Välkommen")),
                Optional.empty());

        assertThat(delivery).isEqualTo(new Delivery.Delivered("1:JoinCard"));
        assertThat(connector.lines()).containsExactly("PUT /emea/v3/conversations/a:personal/activities/1:JoinCard");
    }

    @Test
    void an_answer_for_the_caller_asked_in_a_channel_goes_to_their_personal_chat_not_under_the_activity() {
        LeaderId erik = LeaderId.of(Platform.TEAMS, TENANT, "6f1a2b3c-0000-4d5e-8f90-bbbbbbbbbbbb");
        ConversationRef route = TeamsConversation.of(thread()).replyingTo("1732650000123").ref();

        adapter.outgoingMessages().deliver(new OutgoingMessage("reply:teams:3", route, Message.text("bara till dig"), Optional.empty(),
                Optional.of(erik)), Optional.empty());

        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations", "POST /emea/v3/conversations/a:created-1/activities");
        assertThat(connector.calls().get(0).body().path("bot").path("id").asText()).isEqualTo("bot-app");
    }

    @Test
    void the_platforms_join_form_is_delivered_as_the_join_card_in_its_language() {
        ConversationRef route = new TeamsConversation("a:personal", connector.serviceUrl(), TENANT, Optional.empty(), "personal")
                .replyingTo("1732650000999").ref();

        adapter.outgoingMessages().deliver(OutgoingMessage.post("reply:teams:4", route,
                Message.of(Message.Block.Form.join(se.largrupp.core.leaders.Language.EN))), Optional.empty());

        var sent = connector.calls().get(0).body();
        assertThat(sent.path("summary").asText()).isEqualTo("Join a learning group");
        var card = sent.path("attachments").get(0).path("content");
        assertThat(card.findValuesAsText("id")).contains("department", "manager", "language");
        assertThat(card.path("actions").get(0).path("data").path("form").asText()).isEqualTo("join");
    }
}
