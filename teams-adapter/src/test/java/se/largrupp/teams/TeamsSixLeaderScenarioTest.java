package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.fakes.FakeCalendarVersions;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.regrouping.InMemoryRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * The six-leader programme end to end through Teams: six leaders join with the card, an admin regroups them into two
 * groups (one thread each in the programme channel, welcomed there), a group sets its standing booking in its thread, the day-before
 * nudge arrives with RSVP buttons, and a timed round runs with its turn card edited in place. The core runs on its
 * in-memory ports with a driven clock; every Teams call goes over HTTP to the endpoint and to the connector stand-in.
 */
class TeamsSixLeaderScenarioTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CHANNEL = "19:programme@thread.tacv2";
    static final String ADMIN = "aad-admin";

    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    final Map<String, String> postedIds = new HashMap<>(); // (conversation, update key) -> activity id, as the outbox keeps them
    ConnectorStandIn connector;
    TeamsAdapter teams;
    TeamsEndpoint endpoint;
    Activities activities;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        TeamsSettings settings = new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                true, false, URI.create(connector.serviceUrl()));
        // The adapter needs the core's commands and the core needs the adapter's conversations: tie the knot lazily.
        teams = TeamsAdapter.create(settings, new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, AccessTokens.none());
        core.build(b -> b.groupConversations(teams.groupConversations())
                .handler(Command.Regroup.class, regroup(teams.groupConversations())::handle)
                .wakeupHandler(regroup(teams.groupConversations()).conversationOpener())
                .configuredAdmins("teams:" + TENANT + ":" + ADMIN)
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        commands.set(core.commands());
        endpoint = new TeamsEndpoint(teams.servlet());
        activities = new Activities(connector.serviceUrl(), TENANT);
    }

    private RegroupFeature regroupFeature;

    private RegroupFeature regroup(se.largrupp.core.port.GroupConversations conversations) {
        if (regroupFeature == null) regroupFeature = new RegroupFeature(core.leaders, core.groups, new InMemoryRegroupPreviews(),
                core.outbox, core.wakeups, conversations, core.transactions, core.texts, core.clock);
        return regroupFeature;
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
    }

    /** What the outbox sender does: deliver each new message once (replies to commands too), editing in place by update key. */
    void deliverOutbox() {
        for (OutgoingMessage m : core.outbox.messages()) {
            String done = "done:" + m.idempotencyKey();
            if (postedIds.containsKey(done)) continue;
            Optional<String> replacing = m.updateKey().map(k -> postedIds.get(m.conversation() + "|" + k));
            Delivery d = teams.outgoingMessages().deliver(m, replacing);
            assertThat(d).as("delivery of %s", m.idempotencyKey()).isInstanceOf(Delivery.Delivered.class);
            postedIds.put(done, "");
            m.updateKey().ifPresent(k -> postedIds.put(m.conversation() + "|" + k, ((Delivery.Delivered) d).platformMessageId()));
        }
    }

    void join(String aad, String name, String department, String managerAad) throws Exception {
        assertThat(endpoint.post(activities.personal(aad, name, "gå med")).statusCode()).isEqualTo(200);
        var data = JsonNodeFactory.instance.objectNode().put("command", "join").put("form", "join")
                .put("department", department).put("language", "sv");
        if (managerAad != null) data.put("manager", managerAad);
        assertThat(endpoint.post(activities.submitPersonal(aad, name, "card-" + aad, data)).statusCode()).isEqualTo(200);
        deliverOutbox();
    }

    @Test
    void six_leaders_join_regroup_into_threads_book_get_nudged_and_run_a_timed_round() throws Exception {
        join(ADMIN, "Ada Admin", "HR", null);
        join("aad-b", "Bo Berg", "Ekonomi", ADMIN);
        join("aad-c", "Cecilia Ceder", "IT", null);
        join("aad-d", "David Dahl", "Ekonomi", "aad-c");
        join("aad-e", "Eva Ek", "Sälj", null);
        join("aad-f", "Filip Falk", "IT", "aad-e");

        assertThat(core.leaders.inWorkspace(new se.largrupp.core.leaders.Workspace(Platform.TEAMS, TENANT))).hasSize(6);
        assertThat(core.leaders.find(LeaderId.of(Platform.TEAMS, TENANT, "aad-d")).orElseThrow().manager())
                .contains(LeaderId.of(Platform.TEAMS, TENANT, "aad-c"));
        // every join card was replaced by its confirmation
        assertThat(connector.lines()).filteredOn(l -> l.startsWith("PUT")).hasSize(6);

        List<String> threads = regroup();
        assertThat(threads).hasSize(2).allMatch(t -> t.startsWith(CHANNEL + ";messageid="));
        String thread = threads.get(0);
        LearningGroup group = core.groups.active(WORKSPACE).stream()
                .filter(g -> g.conversation().map(TeamsConversation::of).map(TeamsConversation::id).orElse("").equals(thread))
                .findFirst().orElseThrow();
        Member first = member(group.members().get(0));

        // The group books its standing slot in its own thread; the answer threads under the command.
        connector.clear();
        endpoint.post(activities.inThread(first.aad, first.name, thread, CHANNEL, "schema onsdag 12:00"));
        deliverOutbox();
        assertThat(connector.lines()).hasSize(1).allMatch(l -> l.startsWith("POST /emea/v3/conversations/" + thread + "/activities/"));
        assertThat(summaries()).anyMatch(t -> t.contains("onsdag 13 januari 12:00"));
        assertThat(core.groups.find(group.id()).orElseThrow().booking()).isPresent();

        // The day before, the nudge arrives in the thread as a card with RSVP buttons.
        connector.clear();
        core.clock.set(Instant.parse("2027-01-12T11:00:00Z"));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        assertThat(connector.lines()).containsExactly("POST /emea/v3/conversations/" + thread + "/activities");
        JsonNode nudge = connector.calls().get(0).body().path("attachments").get(0).path("content");
        assertThat(nudge.findValuesAsText("command")).contains("rsvp yes", "rsvp no");

        // Everyone presses "Jag kommer"; each gets a private confirmation and the count goes up.
        connector.clear();
        for (LeaderId id : group.members()) {
            Member m = member(id);
            endpoint.post(activities.submitInThread(m.aad, m.name, thread, CHANNEL, "nudge-card",
                    JsonNodeFactory.instance.objectNode().put("command", "rsvp yes")));
        }
        deliverOutbox();
        assertThat(summaries()).last().asString().contains("Just nu: 3 kommer");
        assertThat(connector.lines()).filteredOn(l -> l.contains(thread)).isEmpty(); // answers to one person stay private

        // At the meeting a member starts the round: the turn card, with Next / +5 min / Pause / Stop, goes to the thread.
        core.clock.set(Instant.parse("2027-01-13T11:00:00Z"));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        connector.clear();
        endpoint.post(activities.inThread(first.aad, first.name, thread, CHANNEL, "starta"));
        deliverOutbox();
        JsonNode turnCard = connector.calls().stream().map(c -> c.body())
                .filter(b -> b.path("summary").asText().contains("Tur 1 av 3")).findFirst().orElseThrow();
        assertThat(turnCard.findValuesAsText("command")).containsExactly("next", "next person", "extend 5", "hold", "stop");
        String turnCardId = postedIds.entrySet().stream().filter(e -> e.getKey().startsWith(group.conversation().orElseThrow() + "|round:"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();

        // Time runs out (the clock is driven, no sleeping): the same card now gives the floor to the second member.
        connector.clear();
        core.clock.advance(Duration.ofMinutes(15));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        assertThat(connector.lines()).contains("PUT /emea/v3/conversations/" + thread + "/activities/" + turnCardId);
        assertThat(summaries()).anyMatch(t -> t.contains("Tur 2 av 3"));

        // The second member presses Next person on the card: edited in place again, third turn.
        connector.clear();
        Member second = member(group.members().get(1));
        endpoint.post(activities.submitInThread(second.aad, second.name, thread, CHANNEL, turnCardId,
                JsonNodeFactory.instance.objectNode().put("command", "next person")));
        deliverOutbox();
        assertThat(connector.lines()).contains("PUT /emea/v3/conversations/" + thread + "/activities/" + turnCardId);
        assertThat(summaries()).anyMatch(t -> t.contains("Tur 3 av 3"));
    }

    List<String> summaries() {
        return connector.calls().stream().map(c -> c.body().path("summary").asText()).filter(t -> !t.isEmpty()).toList();
    }

    record Member(String aad, String name) {}

    static final se.largrupp.core.leaders.Workspace WORKSPACE = new se.largrupp.core.leaders.Workspace(Platform.TEAMS, TENANT);

    Member member(LeaderId id) {
        return new Member(id.user(), core.leaders.find(id).orElseThrow().displayName());
    }

    /** The admin previews in their personal chat, then presses the preview's apply button: one thread per group. */
    List<String> regroup() throws Exception {
        connector.clear();
        endpoint.post(activities.personal(ADMIN, "Ada Admin", "omgruppera"));
        deliverOutbox();
        JsonNode preview = connector.calls().get(0).body();
        assertThat(preview.findValuesAsText("command")).contains("regroup apply");

        connector.clear();
        endpoint.post(activities.submitPersonal(ADMIN, "Ada Admin", "preview-card",
                JsonNodeFactory.instance.objectNode().put("command", "regroup apply")));
        core.wakeups.fireDue(core.clock.instant().plusSeconds(1)); // the threads open on a wake-up after the apply
        deliverOutbox();
        List<JsonNode> created = connector.calls().stream().filter(c -> c.path().equals("/emea/v3/conversations"))
                .map(ConnectorStandIn.Call::body).toList();
        assertThat(created).hasSize(2).allSatisfy(body -> {
            assertThat(body.path("isGroup").asBoolean()).isTrue();
            assertThat(body.path("channelData").path("channel").path("id").asText()).isEqualTo(CHANNEL);
            assertThat(body.path("tenantId").asText()).isEqualTo(TENANT);
        });
        List<LearningGroup> groups = core.groups.active(WORKSPACE);
        assertThat(groups).hasSize(2).allSatisfy(g -> {
            assertThat(g.members()).hasSize(3);
            for (LeaderId member : g.members()) { // nobody shares a group with their own manager
                core.leaders.find(member).orElseThrow().manager().ifPresent(boss -> assertThat(g.members()).doesNotContain(boss));
            }
        });
        List<String> threads = groups.stream().map(g -> TeamsConversation.of(g.conversation().orElseThrow()).id()).toList();
        for (String thread : threads) { // the welcome, with the ground rules and the booking prompt, lands in each thread
            assertThat(connector.calls()).filteredOn(c -> c.line().equals("POST /emea/v3/conversations/" + thread + "/activities"))
                    .singleElement().satisfies(c -> assertThat(c.body().path("summary").asText()).contains("schema"));
        }
        return threads;
    }
}
