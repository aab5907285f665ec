package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.fakes.FakeCalendarVersions;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * A Troika round through Teams on a driven clock: `starta troika` in the group's thread, the ground rules card and its
 * Action.Submit, the turn card's phase and buttons edited in place, a phase change as a new activity, Next phase and
 * Stop as card submits, and the pulse card in each member's personal chat, answered once with Action.Submit.
 */
class TeamsMeetingMethodTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CHANNEL = "19:programme@thread.tacv2";
    static final Workspace WORKSPACE = new Workspace(Platform.TEAMS, TENANT);

    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    OutboxDrain drain;
    ConnectorStandIn connector;
    TeamsAdapter teams;
    TeamsEndpoint endpoint;
    Activities activities;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        teams = TeamsAdapter.create(new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                true, false, URI.create(connector.serviceUrl())), new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, AccessTokens.none());
        core.build(b -> b.groupConversations(teams.groupConversations())
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        commands.set(core.commands());
        drain = new OutboxDrain(core.outbox::messages, teams.outgoingMessages());
        endpoint = new TeamsEndpoint(teams.servlet());
        activities = new Activities(connector.serviceUrl(), TENANT);
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
    }

    List<JsonNode> posted(String conversation) {
        return connector.calls().stream().filter(c -> c.method().equals("POST") && c.path().contains("/conversations/" + conversation + "/activities"))
                .map(ConnectorStandIn.Call::body).toList();
    }

    List<ConnectorStandIn.Call> edits(String conversation) {
        return connector.calls().stream().filter(c -> c.method().equals("PUT") && c.path().contains("/conversations/" + conversation + "/activities/")).toList();
    }

    static String summary(JsonNode activity) {
        return activity.path("summary").asText();
    }

    JsonNode submit(String command) {
        return JsonNodeFactory.instance.objectNode().put("command", command);
    }

    @Test
    void a_troika_round_runs_its_phases_on_adaptive_cards_and_ends_with_the_pulse_in_each_personal_chat() throws Exception {
        List<LeaderId> members = new ArrayList<>();
        for (String who : List.of("aad-a", "aad-b", "aad-c")) {
            endpoint.post(activities.personal(who, "Ledare " + who, "gå med"));
            endpoint.post(activities.submitPersonal(who, "Ledare " + who, "card-" + who,
                    JsonNodeFactory.instance.objectNode().put("form", "join").put("command", "join").put("department", "Dep " + who)));
            members.add(LeaderId.of(Platform.TEAMS, TENANT, who));
        }
        drain.deliverAll();
        ConversationRef ref = teams.groupConversations().create(WORKSPACE, "largrupp-2027v1-01", members);
        core.groups.save(LearningGroup.formed(WORKSPACE, "2027v1-01", 1, members, core.clock.instant()).withConversation(ref));
        String thread = TeamsConversation.of(ref).id();
        connector.clear();

        assertThat(endpoint.post(activities.inThread("aad-a", "Ledare aad-a", thread, CHANNEL, "starta troika")).statusCode()).isEqualTo(200);
        drain.deliverAll();

        List<JsonNode> inThread = posted(thread);
        assertThat(inThread).anySatisfy(a -> assertThat(summary(a)).contains("Mall: *Troika*", "Incheckning:"));
        JsonNode rules = inThread.stream().filter(a -> summary(a).contains("Våra spelregler")).findFirst().orElseThrow();
        assertThat(rules.findValuesAsText("command")).containsExactly("agree");
        JsonNode card = inThread.stream().filter(a -> summary(a).contains("Tur 1 av 3")).findFirst().orElseThrow();
        assertThat(summary(card)).contains("Fas 1 av 4: *Berätta*");
        assertThat(card.findValuesAsText("command")).containsExactly("next", "next person", "extend 5", "hold", "stop");
        String rulesId = drain.postedId(ref.toString(), "rules:").orElseThrow();
        String cardId = drain.postedId(ref.toString(), "round:").orElseThrow();

        // One tap on the ground rules card: edited in place with the name
        endpoint.post(activities.submitInThread("aad-b", "Ledare aad-b", thread, CHANNEL, rulesId, submit("agree")));
        drain.deliverAll();
        assertThat(edits(thread)).last().satisfies(c -> {
            assertThat(c.path()).endsWith("/activities/" + rulesId);
            assertThat(summary(c.body())).contains("Har enats: 1 av 3");
        });

        // The first phase ends: a new activity names the next phase; the card is edited to it
        core.clock.advance(Duration.ofSeconds(225));
        core.wakeups.fireDue(core.clock.instant());
        drain.deliverAll();
        assertThat(posted(thread)).last().satisfies(a -> assertThat(summary(a)).startsWith("Nu: *Klargörande frågor* (3 min 45 s)"));
        assertThat(edits(thread)).last().satisfies(c -> {
            assertThat(c.path()).endsWith("/activities/" + cardId);
            assertThat(summary(c.body())).contains("Fas 2 av 4: *Klargörande frågor*");
        });

        endpoint.post(activities.submitInThread("aad-b", "Ledare aad-b", thread, CHANNEL, cardId, submit("next")));
        drain.deliverAll();
        assertThat(posted(thread)).last().satisfies(a -> assertThat(summary(a)).startsWith("Nu: *Ryggen till*").contains("kamera och mikrofon av"));

        endpoint.post(activities.submitInThread("aad-b", "Ledare aad-b", thread, CHANNEL, cardId, submit("stop")));
        drain.deliverAll();

        // The pulse: a card in each member's personal chat with fifteen Action.Submit buttons
        List<JsonNode> pulses = connector.calls().stream().filter(c -> c.method().equals("POST") && summary(c.body()).contains("Hur var mötet?"))
                .map(ConnectorStandIn.Call::body).toList();
        assertThat(pulses).hasSize(3).allSatisfy(a -> {
            assertThat(summary(a)).contains("Fick du något värdefullt med dig?", "Kändes samtalet tryggt?", "Höll vi tiden?");
            assertThat(a.findValuesAsText("command")).hasSize(15).allMatch(v -> v.matches("pulse [0-9a-f-]{36} [1-3] [1-5]"));
        });
        String answer = pulses.get(0).findValuesAsText("command").get(9); // question 2, answer 5
        String pulseCard = drain.postedId(ConversationRef.direct(members.get(0)).toString(), "pulse:").orElseThrow();
        connector.clear();
        assertThat(endpoint.post(activities.submitPersonal("aad-a", "Ledare aad-a", pulseCard, submit(answer))).statusCode()).isEqualTo(200);
        drain.deliverAll();
        assertThat(connector.calls()).anySatisfy(c -> assertThat(summary(c.body())).contains("Tack, svaret är räknat"));
        assertThat(connector.calls()).filteredOn(c -> c.method().equals("PUT")).singleElement().satisfies(c -> {
            assertThat(c.path()).endsWith("/activities/" + pulseCard);
            assertThat(summary(c.body())).doesNotContain("tryggt").contains("värdefullt");
            assertThat(c.body().findValuesAsText("command")).hasSize(10);
        });
        connector.clear();
        endpoint.post(activities.submitPersonal("aad-a", "Ledare aad-a", pulseCard, submit(answer)));
        drain.deliverAll();
        assertThat(connector.calls()).anySatisfy(c -> assertThat(summary(c.body())).contains("redan svarat"));
    }
}
