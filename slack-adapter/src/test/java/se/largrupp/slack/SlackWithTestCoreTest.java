package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.Signer;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/** The adapter in front of the real core (in-memory ports): what a Slack user does reaches the domain and back. */
class SlackWithTestCoreTest {
    static final String FORM = "application/x-www-form-urlencoded";
    TestCore t = TestCore.create().build(b -> b.configuredAdmins("slack:T1:UADMIN"));
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(t.commands(), who -> t.core().admins().isAdmin(who), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static String joinSubmission(String user, String department, String manager, String language) {
        return SlackInteractivityTest.joinSubmission(user, department, manager, language);
    }

    @Test
    void a_leader_joins_through_the_modal_with_department_manager_and_language() throws Exception {
        h.postForm(form(slashCommand("/lärgrupp", "U1", "gå med", "trig-1")));
        SlackStandIn.Call open = h.slack.await("views.open", 1).get(0);
        assertThat(open.param("view")).contains("largrupp_join");

        var response = h.postPayload(joinSubmission("U1", "Ekonomi & Öl", "U9", "en"));

        assertThat(response.body()).contains("\"response_action\":\"update\"").contains("Welcome to the learning groups");
        Leader anna = t.leaders.find(TestCore.leaderId("U1")).orElseThrow();
        assertThat(anna.department()).contains("Ekonomi & Öl");
        assertThat(anna.manager()).contains(TestCore.leaderId("U9"));
        assertThat(anna.language()).contains(Language.EN);
        assertThat(anna.displayName()).isEqualTo("Ledare U1");
    }

    @Test
    void status_follows_the_slack_locale_of_someone_who_has_not_chosen_a_language() throws Exception {
        h.slack.locale("U2", "en-GB");

        var english = h.postForm(form(slashCommand("/lärgrupp", "U2", "status", "trig-2")));
        var swedish = h.postForm(form(slashCommand("/lärgrupp", "U3", "status", "trig-3")));

        // Gson writes an apostrophe as \u0027.
        assertThat(english.body().replace("\\u0027", "'")).contains("\"response_type\":\"ephemeral\"")
                .contains(t.texts.get(Language.EN, "leaders.status.notJoined"));
        assertThat(swedish.body()).contains(t.texts.get(Language.SV, "leaders.status.notJoined"));
    }

    @Test
    void a_command_delivered_twice_is_applied_once() throws Exception {
        t.joined("U4");

        String body = form(slashCommand("/lärgrupp", "U4", "pause", "trig-4"));
        long ts = SlackHarness.now();
        String signature = Signer.sign(SlackHarness.SECRET, ts, body);
        var first = h.post(body, FORM, ts, signature, java.util.Map.of());
        t.leaders.save(t.leaders.find(TestCore.leaderId("U4")).orElseThrow().withStatus(LeaderStatus.active()));
        var again = h.post(body, FORM, ts, signature, java.util.Map.of()); // the very same signed request

        assertThat(first.body()).contains(t.texts.get(Language.SV, "leaders.pause.open"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEmpty();
        assertThat(t.leaders.find(TestCore.leaderId("U4")).orElseThrow().status()).isEqualTo(LeaderStatus.active());
    }

    @Test
    void two_commands_without_a_trigger_id_are_two_deliveries_and_both_apply() throws Exception {
        t.joined("U10");
        var pause = slashCommand("/lärgrupp", "U10", "pause", "unused");
        pause.remove("trigger_id");
        var resume = slashCommand("/lärgrupp", "U10", "resume", "unused");
        resume.remove("trigger_id");

        var paused = h.postForm(form(pause));
        var resumed = h.postForm(form(resume));

        assertThat(paused.body()).contains(t.texts.get(Language.SV, "leaders.pause.open"));
        assertThat(resumed.body()).contains(t.texts.get(Language.SV, "leaders.resume.done"));
        assertThat(t.leaders.find(TestCore.leaderId("U10")).orElseThrow().status()).isEqualTo(LeaderStatus.active());
    }

    @Test
    void bad_input_gets_a_localised_refusal_for_the_caller_only() throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", "U5", "schedule blursday 25:00", "trig-5")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_type\":\"ephemeral\"");
        assertThat(t.outbox.messages()).isEmpty();
    }

    @Test
    void app_home_shows_the_real_status_and_rules_and_admins_get_the_regroup_button() throws Exception {
        h.postJson(SlackEventsTest.event("EvH1", SlackEventsTest.homeOpened("U6")));
        h.postJson(SlackEventsTest.event("EvH2", SlackEventsTest.homeOpened("UADMIN")));

        List<SlackStandIn.Call> published = h.slack.await("views.publish", 2);
        String leaderHome = published.stream().filter(c -> c.param("user_id").equals("U6")).findFirst().orElseThrow().param("view");
        String adminHome = published.stream().filter(c -> c.param("user_id").equals("UADMIN")).findFirst().orElseThrow().param("view");
        assertThat(leaderHome).contains(t.texts.get(Language.SV, "leaders.status.notJoined")).doesNotContain("home_regroup");
        assertThat(adminHome).contains("home_regroup").contains("Administration");
    }

    @Test
    void a_pressed_rsvp_button_from_someone_outside_any_group_is_refused_privately() throws Exception {
        t.joined("U7");

        h.postPayload(SlackInteractivityTest.button("U7", "trig-7", "rsvp yes", h.slack.responseUrl("r7")));

        SlackStandIn.Call answer = h.slack.await("response_url", 1).get(0);
        assertThat(answer.body()).contains("\"response_type\":\"ephemeral\"");
        assertThat(t.outbox.messages()).isEmpty();
        assertThat(Optional.ofNullable(h.slack.calls("chat.postMessage"))).hasValueSatisfying(c -> assertThat(c).isEmpty());
    }

    @Test
    void a_retried_event_reaching_another_instance_is_still_applied_once() throws Exception {
        t.joined("U8");
        String dm = SlackEventsTest.event("EvTwice", "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D8\","
                + "\"user\":\"U8\",\"text\":\"pause\",\"ts\":\"1.2\",\"team\":\"T1\"}");
        java.util.concurrent.BlockingQueue<Reply> answeredByOther = new java.util.concurrent.LinkedBlockingQueue<>();
        CommandService recording = new CommandService() {
            public Reply execute(Invocation i, String text) { Reply r = t.commands().execute(i, text); answeredByOther.add(r); return r; }
            public Reply execute(Invocation i, Command c) { Reply r = t.commands().execute(i, c); answeredByOther.add(r); return r; }
        };
        try (SlackHarness other = new SlackHarness(recording, who -> false, List.of())) {
            h.postJson(dm);
            h.slack.await("chat.postMessage", 1);
            other.postJson(dm, java.util.Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

            assertThat(answeredByOther.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(Reply.Nothing.class);
            assertThat(h.slack.calls("chat.postMessage")).singleElement()
                    .satisfies(c -> assertThat(c.param("text")).isEqualTo(t.texts.get(Language.SV, "leaders.pause.open")));
            assertThat(other.slack.calls("chat.postMessage")).isEmpty();
        }
    }
}
