package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.time.Duration;
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
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.InMemoryRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * Groups that never run dry, through Slack: after a regrouping a newcomer is invited into the right private channel
 * and welcomed there, and a leader's own group forms when the invitees press the buttons in their direct messages.
 * The core runs on in-memory ports with a driven clock; every Slack call goes over HTTP to the stand-in.
 */
class SlackContinuityScenarioTest {
    final AtomicReference<CommandService> commands = new AtomicReference<>();
    final TestCore core = TestCore.create();
    final Set<String> delivered = new HashSet<>();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new CommandService() {
            public Reply execute(Invocation i, String text) { return commands.get().execute(i, text); }
            public Reply execute(Invocation i, Command c) { return commands.get().execute(i, c); }
        }, who -> core.core().admins().isAdmin(who), List.of());
        ContinuityOptions continuity = InMemoryContinuity.options(PlacementMode.AUTO);
        RegroupFeature regroup = new RegroupFeature(core.leaders, core.groups, new InMemoryRegroupPreviews(), core.outbox,
                core.wakeups, h.adapter.groupConversations(), core.transactions, core.texts, core.clock, RegroupOptions.defaults(),
                false, continuity.continuation(core.groups));
        core.build(b -> b.groupConversations(h.adapter.groupConversations()).configuredAdmins("slack:T1:UADA")
                .handler(Command.Regroup.class, regroup::handle).wakeupHandler(regroup.conversationOpener()).continuity(continuity));
        commands.set(core.commands());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    void deliverOutbox() {
        for (OutgoingMessage m : core.outbox.messages()) {
            if (!delivered.add(m.idempotencyKey())) continue;
            assertThat(h.adapter.outgoingMessages().deliver(m, Optional.empty())).as(m.idempotencyKey()).isInstanceOf(Delivery.Delivered.class);
        }
    }

    String slash(String user, String text, String trigger) throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", user, text, trigger)));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    void press(String user, String channel, String command, String trigger) throws Exception {
        String json = SlackInteractivityTest.button(user, trigger, command, h.slack.responseUrl(trigger)).replace("G9", channel);
        assertThat(h.postPayload(json).statusCode()).isEqualTo(200);
        h.slack.await(c -> c.method().equals("response_url") && c.param("path").endsWith(trigger), 1);
    }

    void join(String user, String name, String arguments) throws Exception {
        h.slack.displayName(user, name);
        slash(user, "gå med " + arguments, "trig-join-" + user);
    }

    List<LearningGroup> regroupSix() throws Exception {
        join("UADA", "Ada", "HR");
        join("UBO", "Bo", "Ekonomi <@UADA>");
        join("UCE", "Cecilia", "IT");
        join("UDA", "David", "Ekonomi <@UCE>");
        join("UEVA", "Eva", "Sälj");
        join("UFI", "Filip", "IT <@UEVA>");
        slash("UADA", "omgruppera", "trig-preview");
        press("UADA", "C1", "regroup apply", "trig-apply");
        core.wakeups.fireDue(core.clock.instant().plusSeconds(1));
        deliverOutbox();
        return core.groups.active(TestCore.WORKSPACE);
    }

    /** Direct messages from the bot to a user: chat.postMessage with the user id as channel. */
    List<SlackStandIn.Call> dms(String user) {
        return h.slack.calls("chat.postMessage").stream().filter(c -> user.equals(c.param("channel"))).toList();
    }

    @Test
    void a_newcomer_is_invited_into_the_channel_of_the_group_the_engine_chose_and_welcomed_there() throws Exception {
        assertThat(regroupSix()).hasSize(2);
        h.slack.clear();

        join("UGUS", "Gustav", "Sälj <@UEVA>");
        core.clock.advance(ContinuityOptions.DEFAULT_SETTLE.plusSeconds(1));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();

        LearningGroup g = core.groups.activeGroupOf(TestCore.leaderId("UGUS")).orElseThrow();
        assertThat(g.members()).hasSize(4).doesNotContain(TestCore.leaderId("UEVA"));
        String channel = SlackRefs.channelOf(g.conversation().orElseThrow());
        assertThat(h.slack.calls("conversations.invite")).singleElement().satisfies(c -> {
            assertThat(c.param("channel")).isEqualTo(channel);
            assertThat(c.param("users")).isEqualTo("UGUS");
        });
        assertThat(h.slack.calls("chat.postMessage")).filteredOn(c -> channel.equals(c.param("channel")))
                .singleElement().satisfies(c -> assertThat(c.param("text")).contains("Gustav (Sälj) är ny i gruppen – välkommen!"));
        assertThat(dms("UGUS")).singleElement().satisfies(c -> assertThat(c.param("blocks"))
                .contains("Du är med i lärgrupp " + g.name(), "https://slack.com/app_redirect?channel\\u003d" + channel)); // Gson writes = as \\u003d
        assertThat(slash("UGUS", "status", "trig-status")).contains(g.name());
    }

    @Test
    void the_invitees_get_their_buttons_in_direct_messages_and_pressing_them_forms_the_group() throws Exception {
        regroupSix();
        h.slack.clear();

        String answer = slash("UBO", "ny grupp <@UCE> <@UEVA>", "trig-new");
        assertThat(answer).contains("\"response_type\":\"ephemeral\"", "Inbjudan är skickad till Cecilia (IT) och Eva (Sälj)");
        deliverOutbox();
        for (String invitee : List.of("UCE", "UEVA")) {
            assertThat(dms(invitee)).singleElement().satisfies(c -> assertThat(c.param("blocks"))
                    .contains("Bo vill starta en lärgrupp med dig", "Tacka ja", "Tacka nej", "\"value\":\"group accept "));
        }
        String accept = dms("UCE").get(0).param("blocks").replaceAll("(?s).*\"value\":\"(group accept [a-z0-9]+)\".*", "$1");

        press("UCE", "DUCE", accept, "trig-yes-ce");
        press("UEVA", "DUEVA", accept, "trig-yes-eva");
        assertThat(h.slack.calls("response_url")).filteredOn(c -> c.param("path").endsWith("trig-yes-eva"))
                .singleElement().satisfies(c -> assertThat(c.body()).contains("Nu är ni tre"));
        core.wakeups.fireDue(core.clock.instant());
        deliverOutbox();

        LearningGroup own = core.groups.activeGroupOf(TestCore.leaderId("UBO")).orElseThrow();
        assertThat(own.members()).extracting(LeaderId::user).containsExactly("UBO", "UCE", "UEVA");
        String channel = SlackRefs.channelOf(own.conversation().orElseThrow());
        assertThat(h.slack.calls("conversations.create")).singleElement()
                .satisfies(c -> assertThat(c.param("name")).isEqualTo("largrupp-" + own.name()));
        assertThat(h.slack.calls("conversations.invite")).filteredOn(c -> channel.equals(c.param("channel")))
                .singleElement().satisfies(c -> assertThat(c.param("users").split(",")).containsExactlyInAnyOrder("UBO", "UCE", "UEVA"));
        assertThat(h.slack.calls("chat.postMessage")).filteredOn(c -> channel.equals(c.param("channel")))
                .anySatisfy(c -> assertThat(c.param("text")).contains("Välkomna till lärgrupp " + own.name()));
        core.clock.advance(Duration.ofSeconds(1));
    }
}
