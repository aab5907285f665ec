package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * A Troika round through Slack on a driven clock: `starta troika` in the group's channel, the ground rules with their
 * one-tap button, the turn card's phase and buttons, a phase change as a new post, Next phase, Next person and Stop
 * pressed as Block Kit buttons, and the pulse's buttons in each member's direct message, answered once.
 */
class SlackMeetingMethodTest {
    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    OutboxDrain drain;
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, who -> false, List.of());
        core.build(b -> b.groupConversations(h.adapter.groupConversations())
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        commands.set(core.commands());
        drain = new OutboxDrain(core.outbox::messages, h.adapter.outgoingMessages());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    void join(String user) throws Exception {
        int opened = h.slack.calls("views.open").size();
        h.postForm(form(slashCommand("/lärgrupp", user, "gå med", "trig-join-" + user)));
        h.slack.await("views.open", opened + 1);
        assertThat(h.postPayload(SlackInteractivityTest.joinSubmission(user, "Dep " + user, null, "sv")).body())
                .contains("\"response_action\":\"update\"");
    }

    String press(String user, String channel, String command, String trigger) throws Exception {
        String json = SlackInteractivityTest.button(user, trigger, command, h.slack.responseUrl(trigger)).replace("G9", channel);
        assertThat(h.postPayload(json).statusCode()).isEqualTo(200);
        return h.slack.await(c -> c.method().equals("response_url") && c.param("path").endsWith(trigger), 1).get(0).body();
    }

    List<SlackStandIn.Call> posts(String channel) {
        return h.slack.calls().stream().filter(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))).toList();
    }

    List<SlackStandIn.Call> updates(String channel) {
        return h.slack.calls().stream().filter(c -> c.method().equals("chat.update") && channel.equals(c.param("channel"))).toList();
    }

    static List<String> values(String blocks) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"value\":\"([^\"]*)\"").matcher(blocks);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void a_troika_round_runs_its_phases_with_buttons_and_ends_with_the_pulse_in_each_direct_message() throws Exception {
        List<LeaderId> members = new ArrayList<>();
        for (String who : List.of("UADA", "UBO", "UCE")) {
            join(who);
            members.add(TestCore.leaderId(who));
        }
        ConversationRef ref = h.adapter.groupConversations().create(TestCore.WORKSPACE, "largrupp-2027v1-01", members);
        core.groups.save(LearningGroup.formed(TestCore.WORKSPACE, "2027v1-01", 1, members, core.clock.instant()).withConversation(ref));
        String channel = SlackRefs.channelOf(ref);
        drain.deliverAll();
        h.slack.clear();

        var fields = slashCommand("/lärgrupp", "UADA", "starta troika", "trig-start");
        fields.put("channel_id", channel);
        assertThat(h.postForm(form(fields)).statusCode()).isEqualTo(200);
        drain.deliverAll();

        List<SlackStandIn.Call> posted = posts(channel);
        assertThat(posted).hasSize(3);
        assertThat(posted.get(0).param("text")).contains("Mall: *Troika*", "Berätta 3 min 45 s", "Ryggen till 5 min 15 s",
                "Incheckning:", "Samtalsledare i dag: *Ledare UBO*");
        assertThat(posted.get(1).param("text")).contains("Våra spelregler", "stannar inom gruppen", "Har enats: 0 av 3");
        assertThat(values(posted.get(1).param("blocks"))).containsExactly("agree");
        assertThat(posted.get(2).param("text")).contains("*Ledare UADA*, ordet är ditt i 15 minuter", "Fas 1 av 4: *Berätta*",
                "Tur 1 av 3", "Samtalsledare: *Ledare UBO*");
        assertThat(values(posted.get(2).param("blocks"))).containsExactly("next", "next person", "extend 5", "hold", "stop");
        String rulesTs = drain.postedId(ref.toString(), "rules:").orElseThrow();
        String cardTs = drain.postedId(ref.toString(), "round:").orElseThrow();

        // One tap on the ground rules: the card is edited in place with the name, nothing else is kept
        assertThat(press("UBO", channel, "agree", "trig-agree")).contains("\"response_type\":\"ephemeral\"");
        drain.deliverAll();
        assertThat(updates(channel)).last().satisfies(c -> {
            assertThat(c.param("ts")).isEqualTo(rulesTs);
            assertThat(c.param("text")).contains("Har enats: 1 av 3 (Ledare UBO)");
        });

        // The first phase ends (a quarter of 15 minutes): a short new post names the next, the card follows
        core.clock.advance(Duration.ofSeconds(225));
        core.wakeups.fireDue(core.clock.instant());
        drain.deliverAll();
        assertThat(posts(channel)).last().satisfies(c -> assertThat(c.param("text"))
                .startsWith("Nu: *Klargörande frågor* (3 min 45 s) för Ledare UADA").contains("inga råd än"));
        assertThat(updates(channel)).last().satisfies(c -> {
            assertThat(c.param("ts")).isEqualTo(cardTs);
            assertThat(c.param("text")).contains("Fas 2 av 4: *Klargörande frågor*");
        });

        // The samtalsledare presses Next phase: the case giver turns their back
        press("UBO", channel, "next", "trig-next");
        drain.deliverAll();
        assertThat(posts(channel)).last().satisfies(c -> assertThat(c.param("text"))
                .startsWith("Nu: *Ryggen till*").contains("kamera och mikrofon av"));

        press("UBO", channel, "next person", "trig-next-person");
        drain.deliverAll();
        assertThat(updates(channel)).last().satisfies(c -> assertThat(c.param("text")).contains("*Ledare UBO*, ordet är ditt", "Tur 2 av 3",
                "Fas 1 av 4"));

        press("UBO", channel, "stop", "trig-stop");
        drain.deliverAll();
        assertThat(posts(channel)).anySatisfy(c -> assertThat(c.param("text")).contains("Rundan är klar"));

        // The pulse: privately to each one present, fifteen one-tap buttons
        for (String who : List.of("UADA", "UBO", "UCE"))
            assertThat(posts(who)).as("the pulse to " + who).singleElement().satisfies(c -> {
                assertThat(c.param("text")).contains("Hur var mötet?", "Fick du något värdefullt med dig?", "Kändes samtalet tryggt?",
                        "Höll vi tiden?");
                assertThat(values(c.param("blocks"))).hasSize(15).allMatch(v -> v.matches("pulse [0-9a-f-]{36} [1-3] [1-5]"));
            });
        String first = values(posts("UCE").get(0).param("blocks")).get(3); // question 1, answer 4
        assertThat(press("UCE", "DUCE", first, "trig-pulse-1")).contains("\"response_type\":\"ephemeral\"");
        assertThat(press("UCE", "DUCE", first, "trig-pulse-2")).contains("redan svarat");
        drain.deliverAll();
        assertThat(updates("UCE")).singleElement().satisfies(c -> {
            assertThat(c.param("ts")).isEqualTo(drain.postedId(ConversationRef.direct(TestCore.leaderId("UCE")).toString(), "pulse:").orElseThrow());
            assertThat(c.param("text")).doesNotContain("värdefullt").contains("Kändes samtalet tryggt?");
            assertThat(values(c.param("blocks"))).hasSize(10);
        });
    }
}
