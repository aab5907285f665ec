package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

class SlackSlashCommandTest {
    FakeCore core = new FakeCore();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(core);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void status_is_answered_in_the_ack_ephemeral_with_block_kit() throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", "U1", "status", "trig-1")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_type\":\"ephemeral\"")
                .contains("\"type\":\"header\"").contains("Din lärgrupp")
                .contains("Grupp *2027v1-01* med Åsa \\u0026amp; Örjan"); // Gson writes & as \u0026
        assertThat(core.executed()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("status");
            assertThat(e.invocation().actor()).isEqualTo(LeaderId.of(Platform.SLACK, "T1", "U1"));
            assertThat(e.invocation().conversation()).isEqualTo(new ConversationRef("slack:T1:C1"));
            assertThat(e.invocation().deliveryId()).hasValueSatisfying(id -> assertThat(id).matches("slack-command:[0-9a-f]{32}"));
        });
    }

    @Test
    void the_ascii_alias_reaches_the_same_command() throws Exception {
        var response = h.postForm(form(slashCommand("/largrupp", "U1", "status", "trig-2")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("status");
    }

    @Test
    void a_reply_to_the_conversation_is_in_channel() throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", "U1", "announce", "trig-3")));

        assertThat(response.body()).contains("\"response_type\":\"in_channel\"").contains("Till alla");
    }

    @Test
    void swedish_command_text_verifies_and_round_trips_to_the_core() throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", "U1", "gå med avdelning Åkeri & Överföring", "trig-4")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("gå med avdelning Åkeri & Överföring");
    }

    @Test
    void an_empty_text_reaches_the_core_as_empty_and_join_opens_the_modal_after_the_ack() throws Exception {
        var response = h.postForm(form(slashCommand("/lärgrupp", "U1", "", "trig-5")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(core.executed()).extracting(FakeCore.Executed::text).containsExactly("");
        SlackStandIn.Call open = h.slack.await("views.open", 1).get(0);
        assertThat(open.param("trigger_id")).isEqualTo("trig-5");
        assertThat(open.param("view")).contains("\"callback_id\":\"largrupp_join\"")
                .contains("\"block_id\":\"department\"").contains("\"type\":\"users_select\"")
                .contains("\"block_id\":\"language\"").contains("Avdelning");
    }

    @Test
    void the_join_modal_offers_the_departments_the_workspaces_admins_set() throws Exception {
        core.answer("join", (who, t) -> new se.largrupp.core.commands.Reply.OpenJoinForm(Language.SV, List.of("Sälj", "Ekonomi")));

        h.postForm(form(slashCommand("/lärgrupp", "U1", "join", "trig-d")));

        SlackStandIn.Call open = h.slack.await("views.open", 1).get(0);
        assertThat(open.param("view")).contains("\"type\":\"static_select\"").contains("\"value\":\"Sälj\"")
                .contains("\"value\":\"Ekonomi\"");
    }

    @Test
    void the_join_modal_starts_with_what_hr_or_the_directory_already_knows() throws Exception {
        core.answer("join", (who, t) -> new se.largrupp.core.commands.Reply.OpenJoinForm(Language.SV, List.of(),
                Optional.of("Försäljning"), Optional.empty()));
        h.postForm(form(slashCommand("/lärgrupp", "U1", "join", "trig-k1")));
        core.answer("join", (who, t) -> new se.largrupp.core.commands.Reply.OpenJoinForm(Language.SV, List.of("Sälj", "Ekonomi"),
                Optional.of("Ekonomi"), Optional.of(new se.largrupp.core.leaders.LeaderId(who.actor().workspace(), "U0KARIN"))));
        h.postForm(form(slashCommand("/lärgrupp", "U1", "join", "trig-k2")));

        List<SlackStandIn.Call> opened = h.slack.await("views.open", 2);
        assertThat(opened.get(0).param("view")).contains("\"initial_value\":\"Försäljning\"").doesNotContain("initial_user");
        assertThat(opened.get(1).param("view")).contains("\"initial_user\":\"U0KARIN\"")
                .containsPattern("\"initial_option\":\\{.{0,120}\"value\":\"Ekonomi\"");
    }

    @Test
    void the_language_follows_the_slack_locale_and_is_looked_up_once() throws Exception {
        h.slack.locale("U2", "en-US");

        h.postForm(form(slashCommand("/lärgrupp", "U2", "status", "trig-6")));
        h.postForm(form(slashCommand("/lärgrupp", "U2", "rules", "trig-7")));

        assertThat(core.executed()).extracting(e -> e.invocation().platformLanguage()).containsOnly(Optional.of(Language.EN));
        assertThat(h.slack.calls("users.info")).singleElement().satisfies(c -> {
            assertThat(c.param("user")).isEqualTo("U2");
            assertThat(c.param("include_locale")).isEqualTo("1");
        });
    }

    @Test
    void a_slow_answer_is_acked_at_once_and_follows_through_the_response_url() throws Exception {
        core.delay(Duration.ofMillis(3500));
        Map<String, String> fields = slashCommand("/lärgrupp", "U1", "status", "trig-8");
        fields.put("response_url", h.slack.responseUrl("slow"));

        long started = System.nanoTime();
        var response = h.postForm(form(fields));
        long ackMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(ackMillis).as("acked before the core finished").isLessThan(3500);
        SlackStandIn.Call late = h.slack.await("response_url", 1).get(0);
        assertThat(late.param("path")).isEqualTo("/response/slow");
        assertThat(late.body()).contains("\"response_type\":\"ephemeral\"").contains("Din lärgrupp");
    }

    @Test
    void when_users_info_fails_the_command_still_runs_and_the_locale_is_asked_again_next_time() throws Exception {
        h.slack.failNext("users.info", "internal_error");
        h.slack.locale("U3", "en-US");

        h.postForm(form(slashCommand("/lärgrupp", "U3", "status", "trig-9")));
        h.postForm(form(slashCommand("/lärgrupp", "U3", "status", "trig-10")));

        assertThat(core.executed()).extracting(e -> e.invocation().platformLanguage())
                .containsExactly(Optional.empty(), Optional.of(Language.EN));
        assertThat(h.slack.calls("users.info")).hasSize(2);
    }

    @Test
    void a_command_that_fails_is_answered_in_the_language_slack_gave_for_the_caller() throws Exception {
        core.answer("boom", (who, t) -> {
            throw new IllegalStateException("the core fell over");
        });
        h.slack.locale("U4", "en-US");
        h.postForm(form(slashCommand("/lärgrupp", "U4", "status", "trig-11"))); // Slack tells the locale once

        var english = h.postForm(form(slashCommand("/lärgrupp", "U4", "boom", "trig-12")));
        var swedish = h.postForm(form(slashCommand("/lärgrupp", "U5", "boom", "trig-13")));

        assertThat(english.body()).contains("\"response_type\":\"ephemeral\"")
                .contains(new se.largrupp.core.i18n.Texts().get(Language.EN, "slack.error.failed"));
        assertThat(swedish.body()).contains(new se.largrupp.core.i18n.Texts().get(Language.SV, "slack.error.failed"));
    }
}
