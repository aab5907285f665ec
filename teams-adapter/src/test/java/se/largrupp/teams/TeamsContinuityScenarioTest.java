package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.continuity.ContinuityOptions;
import se.largrupp.core.continuity.InMemoryContinuity;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.InMemoryRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.testing.TestCore;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * Groups that never run dry, through Teams: a newcomer after a regrouping is named in the thread of the group the
 * engine chose and gets a personal message with the thread's deep link (Teams cannot invite into a thread); a leader's
 * own group forms when the invitees press Accept on the cards in their personal chats, and gets its thread.
 */
class TeamsContinuityScenarioTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CHANNEL = "19:programme@thread.tacv2";
    static final String ADMIN = "aad-admin";
    static final Workspace WORKSPACE = new Workspace(Platform.TEAMS, TENANT);

    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    final Set<String> delivered = new HashSet<>();
    ConnectorStandIn connector;
    TeamsAdapter teams;
    TeamsEndpoint endpoint;
    Activities activities;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        TeamsSettings settings = new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                true, false, URI.create(connector.serviceUrl()));
        teams = TeamsAdapter.create(settings, new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, AccessTokens.none());
        ContinuityOptions continuity = InMemoryContinuity.options(PlacementMode.AUTO);
        RegroupFeature regroup = new RegroupFeature(core.leaders, core.groups, new InMemoryRegroupPreviews(), core.outbox,
                core.wakeups, teams.groupConversations(), core.transactions, core.texts, core.clock, RegroupOptions.defaults(),
                false, continuity.continuation(core.groups));
        core.build(b -> b.groupConversations(teams.groupConversations()).configuredAdmins("teams:" + TENANT + ":" + ADMIN)
                .handler(Command.Regroup.class, regroup::handle).wakeupHandler(regroup.conversationOpener()).continuity(continuity));
        commands.set(core.commands());
        endpoint = new TeamsEndpoint(teams.servlet());
        activities = new Activities(connector.serviceUrl(), TENANT);
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
    }

    void deliverOutbox() {
        for (OutgoingMessage m : core.outbox.messages()) {
            if (!delivered.add(m.idempotencyKey())) continue;
            assertThat(teams.outgoingMessages().deliver(m, Optional.empty())).as(m.idempotencyKey()).isInstanceOf(Delivery.Delivered.class);
        }
    }

    void say(String aad, String name, String text) throws Exception {
        assertThat(endpoint.post(activities.personal(aad, name, text)).statusCode()).isEqualTo(200);
        deliverOutbox();
    }

    void press(String aad, String name, String command) throws Exception {
        assertThat(endpoint.post(activities.submitPersonal(aad, name, "card-" + aad,
                JsonNodeFactory.instance.objectNode().put("command", command))).statusCode()).isEqualTo(200);
        deliverOutbox();
    }

    List<LearningGroup> regroupSix() throws Exception {
        say(ADMIN, "Ada Admin", "gå med HR");
        say("aad-b", "Bo Berg", "gå med Ekonomi <@" + ADMIN + ">");
        say("aad-c", "Cecilia Ceder", "gå med IT");
        say("aad-d", "David Dahl", "gå med Ekonomi <@aad-c>");
        say("aad-e", "Eva Ek", "gå med Sälj");
        say("aad-f", "Filip Falk", "gå med IT <@aad-e>");
        say(ADMIN, "Ada Admin", "omgruppera");
        press(ADMIN, "Ada Admin", "regroup apply");
        core.wakeups.fireDue(core.clock.instant().plusSeconds(1));
        deliverOutbox();
        return core.groups.active(WORKSPACE);
    }

    /** Cards the bot posted into personal chats it opened (a proactive 1:1 conversation). */
    List<JsonNode> personalCards() {
        return connector.calls().stream().filter(c -> c.path().matches(".*/v3/conversations/a:created-\\d+/activities"))
                .map(ConnectorStandIn.Call::body).toList();
    }

    static String thread(LearningGroup g) {
        return TeamsConversation.of(g.conversation().orElseThrow()).id();
    }

    @Test
    void a_newcomer_is_named_in_the_groups_thread_and_gets_a_personal_message_with_its_deep_link() throws Exception {
        assertThat(regroupSix()).hasSize(2);
        connector.clear();

        say("aad-g", "Gustav Gran", "gå med Sälj <@aad-e>");
        core.clock.advance(ContinuityOptions.DEFAULT_SETTLE.plusSeconds(1));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();

        LearningGroup g = core.groups.activeGroupOf(LeaderId.of(Platform.TEAMS, TENANT, "aad-g")).orElseThrow();
        assertThat(g.members()).hasSize(4).doesNotContain(LeaderId.of(Platform.TEAMS, TENANT, "aad-e"));
        assertThat(connector.calls()).filteredOn(c -> c.line().equals("POST /emea/v3/conversations/" + thread(g) + "/activities"))
                .singleElement().satisfies(c -> assertThat(c.body().toString()).contains("Gustav Gran (Sälj) är ny i gruppen"));
        String messageId = thread(g).substring(thread(g).indexOf("=") + 1);
        assertThat(personalCards()).anySatisfy(card -> assertThat(card.toString()).contains("Du är med i lärgrupp " + g.name(),
                "https://teams.microsoft.com/l/message/19%3Aprogramme%40thread.tacv2/" + messageId + "?tenantId=" + TENANT));
    }

    @Test
    void the_invitees_get_accept_cards_in_their_personal_chats_and_pressing_them_forms_the_group_with_its_thread() throws Exception {
        regroupSix();
        connector.clear();

        say("aad-b", "Bo Berg", "ny grupp <@aad-c> <@aad-e>");

        List<JsonNode> invitations = personalCards().stream().filter(c -> c.toString().contains("Bo Berg vill starta en lärgrupp med dig")).toList();
        assertThat(invitations).hasSize(2).allSatisfy(card -> assertThat(card.findValuesAsText("command"))
                .anyMatch(cmd -> cmd.matches("group accept [a-z0-9]+")).anyMatch(cmd -> cmd.startsWith("group decline ")));
        assertThat(invitations.get(0).toString()).contains("Tacka ja", "Tacka nej");
        String accept = invitations.get(0).findValuesAsText("command").stream().filter(cmd -> cmd.startsWith("group accept")).findFirst().orElseThrow();

        press("aad-c", "Cecilia Ceder", accept);
        press("aad-e", "Eva Ek", accept);
        connector.clear();
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();

        LearningGroup own = core.groups.activeGroupOf(LeaderId.of(Platform.TEAMS, TENANT, "aad-b")).orElseThrow();
        assertThat(own.members()).extracting(LeaderId::user).containsExactly("aad-b", "aad-c", "aad-e");
        assertThat(connector.calls()).filteredOn(c -> c.path().equals("/emea/v3/conversations"))
                .singleElement().satisfies(c -> assertThat(c.body().path("channelData").path("channel").path("id").asText()).isEqualTo(CHANNEL));
        assertThat(connector.calls()).filteredOn(c -> c.line().equals("POST /emea/v3/conversations/" + thread(own) + "/activities"))
                .singleElement().satisfies(c -> assertThat(c.body().path("summary").asText()).contains("Välkomna till lärgrupp " + own.name()));
    }
}
