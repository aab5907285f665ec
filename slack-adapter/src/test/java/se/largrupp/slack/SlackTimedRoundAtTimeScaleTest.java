package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
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
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * A round that runs by itself at {@code LARGRUPP_TIME_SCALE=60} (a minute lasts a second): the real Quartz wake-ups on
 * H2 and the scaled clock hand the floor on, and the Slack turn message is edited in place with {@code chat.update}
 * each time. Every Slack call goes over HTTP to the Web API stand-in, which is polled with a bounded deadline; nothing
 * sleeps for a fixed time.
 * The adapter's one round test in scaled real time; the other round tests drive the clock or the trigger.
 */
class SlackTimedRoundAtTimeScaleTest {
    /**
     * Minutes per turn, at 60x as many real seconds. A wake-up later than a whole turn interrupts the round, so turns
     * are long enough that a busy machine's late wake-up cannot.
     */
    static final int MINUTES = 6;

    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    OutboxDrain drain;
    TestDatabase db;
    QuartzWakeups quartz;
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabases.h2();
        ScaledClock scaled = ScaledClock.startingNow(Clock.systemUTC(), 60);
        quartz = QuartzWakeups.create(db.dataSource(), false, scaled, QuartzWakeups.Options.defaults());
        // The adapter needs the core's commands and the core needs the adapter's conversations: tie the knot lazily.
        h = new SlackHarness(new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, who -> false, List.of());
        core.build(b -> b.wakeups(quartz).clock(scaled).groupConversations(h.adapter.groupConversations())
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        core.core().wakeupHandlers().forEach(quartz::register);
        quartz.start();
        commands.set(core.commands());
        drain = new OutboxDrain(core.outbox::messages, h.adapter.outgoingMessages());
    }

    @AfterEach
    void stop() throws Exception {
        if (h != null) h.close();
        if (quartz != null) quartz.close();
        if (db != null) db.close();
    }

    /** What the outbox sender does: deliver each new message once, editing in place by update key. */
    void deliverOutbox() {
        drain.deliverAll();
    }

    void join(String user, String department) throws Exception {
        int opened = h.slack.calls("views.open").size();
        h.postForm(form(slashCommand("/lärgrupp", user, "gå med", "trig-join-" + user)));
        h.slack.await("views.open", opened + 1);
        var response = h.postPayload(SlackInteractivityTest.joinSubmission(user, department, null, "sv"));
        assertThat(response.body()).as("join of %s", user).contains("\"response_action\":\"update\"");
    }

    List<SlackStandIn.Call> turnMessages(String channel) {
        return h.slack.calls().stream().filter(c -> c.method().startsWith("chat.") && channel.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Tur ")).toList();
    }

    @Test
    void a_one_minute_round_hands_the_floor_on_by_itself_and_edits_the_turn_message_in_place() throws Exception {
        List<LeaderId> members = new ArrayList<>();
        for (String who : List.of("UADA", "UBO", "UCE")) {
            join(who, "Dep " + who);
            members.add(TestCore.leaderId(who));
        }
        assertThat(core.leaders.inWorkspace(TestCore.WORKSPACE)).hasSize(3);
        ConversationRef ref = h.adapter.groupConversations().create(TestCore.WORKSPACE, "largrupp-2027v1-01", members);
        core.groups.save(LearningGroup.formed(TestCore.WORKSPACE, "2027v1-01", 1, members, core.clock.instant()).withConversation(ref));
        String channel = SlackRefs.channelOf(ref);

        h.slack.clear();
        long began = System.nanoTime();
        var fields = slashCommand("/lärgrupp", "UADA", "starta " + MINUTES, "trig-start");
        fields.put("channel_id", channel);
        assertThat(h.postForm(form(fields)).statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && turnMessages(channel).stream().noneMatch(c -> c.method().equals("chat.update")
                && c.param("text").contains("Tur 3 av 3"))) {
            deliverOutbox();
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        List<SlackStandIn.Call> turns = turnMessages(channel);
        assertThat(turns).filteredOn(c -> c.method().equals("chat.postMessage")).as("the turn message is posted once")
                .singleElement().satisfies(c -> assertThat(c.param("text")).contains("Tur 1 av 3"));
        String ts = drain.postedId(ref.toString(), "round:").orElseThrow();
        assertThat(h.slack.calls("chat.update")).as("edits of the turn message")
                .isNotEmpty().allSatisfy(c -> {
                    assertThat(c.param("channel")).isEqualTo(channel);
                    assertThat(c.param("ts")).isEqualTo(ts);
                })
                .extracting(c -> c.param("text")).anyMatch(t -> t.contains("Tur 2 av 3")).anyMatch(t -> t.contains("Tur 3 av 3"));
        // Two turns passed at 60x: twelve seconds of real time, not twelve minutes, and not at once.
        assertThat(took).isBetween(Duration.ofSeconds(2L * MINUTES).minusMillis(500), Duration.ofSeconds(60));
    }
}
