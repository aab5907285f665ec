package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.fakes.FakeCalendarVersions;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.regrouping.InMemoryRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * The six-leader programme end to end through Slack: six leaders join through the modal, an admin previews and
 * applies a regrouping that opens two private channels with the right members (nobody with their manager), a group books its standing slot in its channel, the day-before nudge
 * arrives with RSVP buttons, and a timed round runs with its turn message edited in place. The core runs on its
 * in-memory ports with a driven clock (the time scale of a test: no sleeping); every Slack call goes over HTTP.
 */
class SlackSixLeaderScenarioTest {
    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    OutboxDrain drain;
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        // The adapter needs the core's commands and the core needs the adapter's conversations: tie the knot lazily.
        h = new SlackHarness(new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, who -> core.core().admins().isAdmin(who), List.of());
        core.build(b -> b.groupConversations(h.adapter.groupConversations())
                .handler(Command.Regroup.class, regroup(h.adapter.groupConversations())::handle)
                .wakeupHandler(regroup(h.adapter.groupConversations()).conversationOpener())
                .configuredAdmins("slack:T1:UADA")
                .meetingsAndRounds(new MeetingsAndRounds.Options(new FakeRounds(), new FakeCalendarVersions(), MeetingSettings.defaults())));
        commands.set(core.commands());
        drain = new OutboxDrain(core.outbox::messages, h.adapter.outgoingMessages());
    }

    private RegroupFeature regroupFeature;

    private RegroupFeature regroup(se.largrupp.core.port.GroupConversations conversations) {
        if (regroupFeature == null) regroupFeature = new RegroupFeature(core.leaders, core.groups, new InMemoryRegroupPreviews(),
                core.outbox, core.wakeups, conversations, core.transactions, core.texts, core.clock);
        return regroupFeature;
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    /** What the outbox sender does: deliver each new message once, editing in place by update key. */
    void deliverOutbox() {
        drain.deliverAll();
    }

    void join(String user, String department, String manager) throws Exception {
        int opened = h.slack.calls("views.open").size();
        h.postForm(form(slashCommand("/lärgrupp", user, "gå med", "trig-join-" + user)));
        h.slack.await("views.open", opened + 1);
        var response = h.postPayload(SlackInteractivityTest.joinSubmission(user, department, manager, "sv"));
        assertThat(response.body()).as("join of %s", user).contains("\"response_action\":\"update\"");
    }

    String slash(String user, String channel, String text, String trigger) throws Exception {
        var fields = slashCommand("/lärgrupp", user, text, trigger);
        fields.put("channel_id", channel);
        var response = h.postForm(form(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    void press(String user, String channel, String command, String trigger) throws Exception {
        String json = SlackInteractivityTest.button(user, trigger, command, h.slack.responseUrl(trigger)).replace("G9", channel);
        assertThat(h.postPayload(json).statusCode()).isEqualTo(200);
        h.slack.await(c -> c.method().equals("response_url") && c.param("path").endsWith(trigger), 1);
    }

    List<SlackStandIn.Call> inChannel(String channel) {
        return h.slack.calls().stream().filter(c -> c.method().startsWith("chat.") && channel.equals(c.param("channel"))).toList();
    }

    @Test
    void six_leaders_join_are_grouped_into_private_channels_book_get_nudged_and_run_a_timed_round() throws Exception {
        join("UADA", "HR", null);
        join("UBO", "Ekonomi", "UADA");
        join("UCE", "IT", null);
        join("UDA", "Ekonomi", "UCE");
        join("UEVA", "Sälj", null);
        join("UFI", "IT", "UEVA");
        List<Leader> leaders = core.leaders.inWorkspace(TestCore.WORKSPACE);
        assertThat(leaders).hasSize(6);
        assertThat(core.leaders.find(TestCore.leaderId("UDA")).orElseThrow().manager()).contains(TestCore.leaderId("UCE"));

        // The admin previews the regrouping (only they see it), then presses its apply button.
        String preview = slash("UADA", "C1", "regroup", "trig-preview");
        assertThat(preview).contains("\"response_type\":\"ephemeral\"").contains("\"value\":\"regroup apply\"");
        press("UADA", "C1", "regroup apply", "trig-apply");
        core.wakeups.fireDue(core.clock.instant().plusSeconds(1)); // the channels open on a wake-up after the apply
        List<LearningGroup> groups = core.groups.active(TestCore.WORKSPACE);
        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.members()).hasSize(3));
        for (LearningGroup g : groups) {
            for (LeaderId m : g.members()) {
                core.leaders.find(m).orElseThrow().manager().ifPresent(boss -> assertThat(g.members()).doesNotContain(boss));
            }
        }
        assertThat(SlackStandIn.methods(h.slack.calls()).stream().filter(m -> m.startsWith("conversations.")).toList())
                .containsExactly("conversations.create", "conversations.invite", "conversations.create", "conversations.invite");
        assertThat(h.slack.calls("conversations.create")).allSatisfy(c -> {
            assertThat(c.param("is_private")).isEqualTo("1");
            assertThat(c.param("name")).matches("[a-z0-9_-]{1,80}").startsWith("largrupp");
        });
        for (LearningGroup g : groups) {
            String channel = SlackRefs.channelOf(g.conversation().orElseThrow());
            assertThat(h.slack.calls("conversations.invite")).filteredOn(c -> c.param("channel").equals(channel))
                    .singleElement().satisfies(c -> assertThat(c.param("users").split(","))
                            .containsExactlyInAnyOrderElementsOf(g.members().stream().map(LeaderId::user).toList()));
        }
        // Each new channel is welcomed.
        deliverOutbox();
        for (LearningGroup g : groups) assertThat(inChannel(SlackRefs.channelOf(g.conversation().orElseThrow()))).isNotEmpty();
        LearningGroup group = groups.get(0);
        String channel = SlackRefs.channelOf(group.conversation().orElseThrow());
        List<String> members = group.members().stream().map(LeaderId::user).toList();

        // The group books its standing slot in its own channel.
        String booked = slash(members.get(0), channel, "schema onsdag 12:00", "trig-book");
        deliverOutbox();
        assertThat(core.groups.find(group.id()).orElseThrow().booking()).isPresent();
        // The confirmation is for the whole group: it rides on the ack, in_channel.
        assertThat(booked).contains("\"response_type\":\"in_channel\"").contains("onsdag 13 januari 12:00");

        // The day before, the nudge arrives in the channel with RSVP buttons.
        core.clock.set(Instant.parse("2027-01-12T11:00:00Z"));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        SlackStandIn.Call nudge = inChannel(channel).get(inChannel(channel).size() - 1);
        assertThat(nudge.method()).isEqualTo("chat.postMessage");
        assertThat(nudge.param("blocks")).contains("\"value\":\"rsvp yes\"").contains("\"value\":\"rsvp no\"");

        // Everyone presses "Jag kommer": each answer is private, the channel is not flooded.
        int channelPosts = (int) inChannel(channel).stream().filter(c -> c.method().equals("chat.postMessage")).count();
        for (String m : members) press(m, channel, "rsvp yes", "trig-rsvp-" + m);
        deliverOutbox();
        assertThat(inChannel(channel).stream().filter(c -> c.method().equals("chat.postMessage")).count()).isEqualTo(channelPosts);

        // At the meeting a member starts the round: the turn message with Next / +5 min / Pause / Stop.
        core.clock.set(Instant.parse("2027-01-13T11:00:00Z"));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        slash(members.get(0), channel, "starta", "trig-start");
        deliverOutbox();
        SlackStandIn.Call turn = inChannel(channel).stream().filter(c -> c.param("text").contains("Tur 1 av 3")).findFirst().orElseThrow();
        assertThat(turn.method()).isEqualTo("chat.postMessage");
        assertThat(turn.param("blocks")).contains("\"value\":\"next\"", "\"value\":\"extend 5\"", "\"value\":\"hold\"", "\"value\":\"stop\"");
        String turnTs = drain.postedId(group.conversation().orElseThrow().toString(), "round:").orElseThrow();

        // Time runs out (the clock is driven): the same message now gives the floor to the second member.
        core.clock.advance(Duration.ofMinutes(15));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();
        assertThat(inChannel(channel)).filteredOn(c -> c.method().equals("chat.update") && c.param("text").contains("Tur 2 av 3"))
                .singleElement().satisfies(c -> assertThat(c.param("ts")).isEqualTo(turnTs));

        // Someone from the other group presses Next: refused privately, the round does not move.
        String outsider = groups.get(1).members().get(0).user();
        press(outsider, channel, "next", "trig-outsider");
        assertThat(h.slack.calls("response_url")).filteredOn(c -> c.param("path").endsWith("trig-outsider"))
                .singleElement().satisfies(c -> assertThat(c.body()).contains("\"response_type\":\"ephemeral\""));
        deliverOutbox();
        assertThat(inChannel(channel)).noneMatch(c -> c.param("text") != null && c.param("text").contains("Tur 3 av 3"));

        // The second member presses Next person: edited in place again, third turn.
        press(members.get(1), channel, "next person", "trig-next");
        deliverOutbox();
        assertThat(inChannel(channel)).filteredOn(c -> c.method().equals("chat.update") && c.param("text").contains("Tur 3 av 3"))
                .singleElement().satisfies(c -> assertThat(c.param("ts")).isEqualTo(turnTs));

        // Every message arrived in the channel in the order it happened.
        List<String> order = new ArrayList<>();
        for (SlackStandIn.Call c : inChannel(channel)) {
            String t = c.param("text");
            if (order.isEmpty()) order.add("welcome");
            else if (c.param("blocks") != null && c.param("blocks").contains("rsvp yes") && !order.contains("nudge")) order.add("nudge");
            else if (t.contains("Tur 1 av 3")) order.add("turn 1");
            else if (t.contains("Tur 2 av 3")) order.add("turn 2");
            else if (t.contains("Tur 3 av 3")) order.add("turn 3");
        }
        assertThat(order).containsExactly("welcome", "nudge", "turn 1", "turn 2", "turn 3");
    }
}
