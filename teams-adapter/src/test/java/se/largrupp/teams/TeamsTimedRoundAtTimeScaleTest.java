package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Clock;
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
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * A round that runs by itself at {@code LARGRUPP_TIME_SCALE=60} (a minute lasts a second): the real Quartz wake-ups on
 * H2 and the scaled clock hand the floor on, and the Teams turn card is edited in place each time. Polls the connector
 * stand-in with a bounded deadline; nothing sleeps for a fixed time.
 * The adapter's one round test in scaled real time; the other round tests drive the clock or the trigger.
 */
class TeamsTimedRoundAtTimeScaleTest {
    /**
     * Minutes per turn, at 60x as many real seconds. A wake-up later than a whole turn interrupts the round, so turns
     * are long enough that a busy machine's late wake-up cannot.
     */
    static final int MINUTES = 6;

    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CHANNEL = "19:programme@thread.tacv2";
    static final Workspace WORKSPACE = new Workspace(Platform.TEAMS, TENANT);

    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    OutboxDrain drain;
    TestDatabase db;
    QuartzWakeups quartz;
    ConnectorStandIn connector;
    TeamsAdapter teams;
    TeamsEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        db = TestDatabases.h2();
        ScaledClock scaled = ScaledClock.startingNow(Clock.systemUTC(), 60);
        quartz = QuartzWakeups.create(db.dataSource(), false, scaled, QuartzWakeups.Options.defaults());
        teams = TeamsAdapter.create(new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                true, false, URI.create(connector.serviceUrl())), new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, AccessTokens.none());
        core.build(b -> b.wakeups(quartz).clock(scaled).groupConversations(teams.groupConversations())
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        core.core().wakeupHandlers().forEach(quartz::register);
        quartz.start();
        commands.set(core.commands());
        drain = new OutboxDrain(core.outbox::messages, teams.outgoingMessages());
        endpoint = new TeamsEndpoint(teams.servlet());
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        quartz.close();
        db.close();
        connector.close();
    }

    void deliverOutbox() {
        drain.deliver();
    }

    @Test
    void a_one_minute_round_hands_the_floor_on_by_itself_and_edits_the_turn_card_in_place() throws Exception {
        Activities activities = new Activities(connector.serviceUrl(), TENANT);
        List<LeaderId> members = new ArrayList<>();
        for (String who : List.of("aad-a", "aad-b", "aad-c")) {
            endpoint.post(activities.personal(who, "Ledare " + who, "gå med"));
            endpoint.post(activities.submitPersonal(who, "Ledare " + who, "card-" + who,
                    JsonNodeFactory.instance.objectNode().put("form", "join").put("command", "join").put("department", "Dep " + who)));
            members.add(LeaderId.of(Platform.TEAMS, TENANT, who));
        }
        deliverOutbox(); // the join answers, before the round's calls are counted
        ConversationRef ref = teams.groupConversations().create(WORKSPACE, "largrupp-2027v1-01", members);
        core.groups.save(LearningGroup.formed(WORKSPACE, "2027v1-01", 1, members, core.clock.instant()).withConversation(ref));
        String thread = TeamsConversation.of(ref).id();

        connector.clear();
        long began = System.nanoTime();
        endpoint.post(activities.inThread("aad-a", "Ledare aad-a", thread, CHANNEL, "starta " + MINUTES));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && connector.calls().stream().noneMatch(c -> c.method().equals("PUT")
                && c.body().path("summary").asText().contains("3 av 3"))) {
            deliverOutbox();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        String cardId = drain.postedId(ref.toString(), "round:").orElseThrow();
        List<String> edits = connector.calls().stream().filter(c -> c.method().equals("PUT")).map(c -> c.path()).distinct().toList();
        assertThat(edits).containsExactly("/emea/v3/conversations/" + thread + "/activities/" + cardId);
        assertThat(connector.calls()).filteredOn(c -> c.method().equals("PUT"))
                .extracting(c -> c.body().path("summary").asText()).anyMatch(s -> s.contains("2 av 3")).anyMatch(s -> s.contains("3 av 3"));
        // Two turns passed at 60x: twelve seconds of real time, not twelve minutes, and not at once.
        assertThat(took).isBetween(Duration.ofSeconds(2L * MINUTES).minusMillis(500), Duration.ofSeconds(60));
    }
}
