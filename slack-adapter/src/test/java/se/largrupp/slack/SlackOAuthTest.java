package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.LogCapture;
import se.largrupp.slack.support.OAuthHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * "Add to Slack" over HTTP: the install page and its state cookie, Slack's redirect back with a code, oauth.v2.access at
 * the stand-in, the installation stored, and from then on every call for a workspace made with its own token.
 */
class SlackOAuthTest {
    private final FakeCore core = new FakeCore();

    static String dm(String eventId, String team, String user, String text) {
        return """
                {"token":"x","team_id":"%s","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1700000000,
                 "authorizations":[{"enterprise_id":null,"team_id":"%s","user_id":"UBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"message","channel_type":"im","channel":"D%s","user":"%s","text":"%s","ts":"1.2","team":"%s"}}"""
                .formatted(team, eventId, team, user, user, text, team);
    }

    private static OutgoingMessage to(String team, String channel) {
        return OutgoingMessage.post("k:" + team + channel, ConversationRef.of(se.largrupp.core.leaders.Platform.SLACK, team + ":" + channel), Message.text("Hej"));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_add_to_slack_page_leads_to_a_stored_installation_and_a_swedish_thank_you(TestDatabase db) throws Exception {
        try (OAuthHarness h = new OAuthHarness(core, db)) {
            OAuthHarness.Install page = h.openInstallPage("sv-SE,sv;q=0.9,en;q=0.5");

            assertThat(page.page().statusCode()).isEqualTo(200);
            assertThat(page.page().body()).contains("Lägg till i Slack").contains("lang=\"sv\"");
            assertThat(page.authorizeUrl()).startsWith("https://slack.com/oauth/v2/authorize?")
                    .contains("client_id=111.222").contains("scope=commands%2Cchat%3Awrite").contains("redirect_uri=");
            assertThat(page.cookie()).startsWith("largrupp-slack-oauth-state=" + page.state())
                    .contains("Secure").contains("HttpOnly").contains("Max-Age=600");

            HttpResponse<String> back = h.redirect("code-T2", page.state(), OAuthHarness.cookieValue(page.cookie()), "sv-SE");

            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("Lärgrupp är installerad");
            assertThat(back.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("largrupp-slack-oauth-state=deleted"));
            assertThat(h.slack.calls("oauth.v2.access")).singleElement().satisfies(c -> assertThat(c.param("code")).isEqualTo("code-T2"));
            assertThat(h.installations.forWorkspace(Optional.empty(), "T2").orElseThrow().botToken()).isEqualTo("xoxb-T2-secret");
            assertThat(h.events).containsExactly("installed slack:T2 by UT2ADMIN");
        }
    }

    @Test
    void a_forged_expired_reused_or_cookieless_state_is_refused_and_no_code_is_exchanged() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            OAuthHarness.Install page = h.openInstallPage("en-GB");
            String cookie = OAuthHarness.cookieValue(page.cookie());

            HttpResponse<String> forged = h.redirect("code-T5", "forged-state", "largrupp-slack-oauth-state=forged-state", "en-GB");
            HttpResponse<String> cookieless = h.redirect("code-T5", page.state(), null, "en-GB");
            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(forged.body()).contains("expired or has been used already").contains("href=\"/slack/install\"");
            assertThat(cookieless.statusCode()).isEqualTo(400);
            assertThat(h.slack.calls("oauth.v2.access")).isEmpty();

            OAuthHarness.Install second = h.openInstallPage("sv");
            db.jdbc().update("UPDATE oauth_states SET expires_at = ? WHERE state = ?", java.time.Instant.now().minusSeconds(1), second.state());
            HttpResponse<String> expired = h.redirect("code-T5", second.state(), OAuthHarness.cookieValue(second.cookie()), "sv");
            assertThat(expired.statusCode()).isEqualTo(400);
            assertThat(expired.body()).contains("Länken har gått ut");

            OAuthHarness.Install third = h.openInstallPage("en");
            String thirdCookie = OAuthHarness.cookieValue(third.cookie());
            assertThat(h.redirect("code-T5", third.state(), thirdCookie, "en").statusCode()).isEqualTo(200);
            HttpResponse<String> reused = h.redirect("code-T6", third.state(), thirdCookie, "en");
            assertThat(reused.statusCode()).isEqualTo(400);
            assertThat(h.slack.calls("oauth.v2.access")).hasSize(1);
            assertThat(h.installations.forWorkspace(Optional.empty(), "T6")).isEmpty();
            assertThat(cookie).isNotBlank();
        }
    }

    @Test
    void a_code_slack_refuses_or_a_cancelled_install_gets_a_page_that_says_so() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            OAuthHarness.Install page = h.openInstallPage("en");
            HttpResponse<String> refused = h.redirect("not-a-code", page.state(), OAuthHarness.cookieValue(page.cookie()), "en");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Slack did not accept the installation");

            HttpResponse<String> cancelled = h.get("/slack/oauth_redirect?error=access_denied&state=x", "sv", null);
            assertThat(cancelled.statusCode()).isEqualTo(200);
            assertThat(cancelled.body()).contains("Installationen avbröts");
            assertThat(h.installations.forWorkspace(Optional.empty(), "T1")).isEmpty();
        }
    }

    @Test
    void two_workspaces_are_each_answered_and_sent_to_with_their_own_token() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            h.install("code-T2");
            h.install("code-T3");

            assertThat(h.postSigned(dm("Ev2", "T2", "U2", "status"), "application/json").statusCode()).isEqualTo(200);
            assertThat(h.postSigned(dm("Ev3", "T3", "U3", "status"), "application/json").statusCode()).isEqualTo(200);
            List<SlackStandIn.Call> posts = h.slack.await("chat.postMessage", 2);
            assertThat(posts).anySatisfy(c -> {
                assertThat(c.param("channel")).isEqualTo("DU2");
                assertThat(c.param("_token")).isEqualTo("xoxb-T2-secret");
            }).anySatisfy(c -> {
                assertThat(c.param("channel")).isEqualTo("DU3");
                assertThat(c.param("_token")).isEqualTo("xoxb-T3-secret");
            });
            assertThat(core.executed()).extracting(e -> e.invocation().actor())
                    .containsExactlyInAnyOrder(LeaderId.of(se.largrupp.core.leaders.Platform.SLACK, "T2", "U2"),
                            LeaderId.of(se.largrupp.core.leaders.Platform.SLACK, "T3", "U3"));

            // The outbox and a group's channel, with no request from Slack behind them.
            assertThat(h.adapter.outgoingMessages().deliver(to("T3", "C9"), Optional.empty())).isInstanceOf(Delivery.Delivered.class);
            h.adapter.groupConversations().create(new Workspace(se.largrupp.core.leaders.Platform.SLACK, "T2"), "2027v1-01", List.of());
            assertThat(h.slack.calls("chat.postMessage")).filteredOn(c -> "C9".equals(c.param("channel")))
                    .singleElement().satisfies(c -> assertThat(c.param("_token")).isEqualTo("xoxb-T3-secret"));
            assertThat(h.slack.calls("conversations.create")).singleElement().satisfies(c -> {
                assertThat(c.param("_token")).isEqualTo("xoxb-T2-secret");
                assertThat(c.param("team_id")).isNull();
            });
            assertThat(h.adapter.outgoingMessages().deliver(to("T9", "C1"), Optional.empty()))
                    .as("a workspace without an installation").isEqualTo(new Delivery.Rejected("not_installed"));
        }
    }

    @Test
    void a_payload_naming_a_workspace_that_never_installed_the_app_changes_nothing() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            h.install("code-T2");
            // A Slack Connect guest of workspace T9 writes in T2's installation.
            String guest = dm("EvG9", "T2", "U9", "status").replace("\"team\":\"T2\"}", "\"team\":\"T2\",\"user_team\":\"T9\"}");

            assertThat(h.postSigned(guest, "application/json").statusCode()).isEqualTo(200);
            assertThat(h.postSigned(dm("EvOk", "T2", "U2", "status"), "application/json").statusCode()).isEqualTo(200);

            h.slack.await("chat.postMessage", 1);
            assertThat(core.executed()).extracting(e -> e.invocation().actor().user()).containsExactly("U2");
        }
    }

    @Test
    void an_organisation_wide_install_acts_in_its_workspaces_and_names_the_workspace_where_its_token_needs_it() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            assertThat(h.install("org-E1").statusCode()).isEqualTo(200);
            assertThat(h.installations.forOrganisation("E1").orElseThrow().botToken()).isEqualTo("xoxb-E1-org");

            String event = """
                    {"token":"x","team_id":"T7","enterprise_id":"E1","api_app_id":"A1","type":"event_callback","event_id":"EvO",
                     "event_time":1700000000,"is_ext_shared_channel":false,
                     "authorizations":[{"enterprise_id":"E1","team_id":null,"user_id":"UBOT","is_bot":true,"is_enterprise_install":true}],
                     "event":{"type":"message","channel_type":"im","channel":"D7","user":"W7","text":"status","ts":"1.2","team":"T7"}}""";
            assertThat(h.postSigned(event, "application/json").statusCode()).isEqualTo(200);
            assertThat(h.slack.await("chat.postMessage", 1)).singleElement()
                    .satisfies(c -> assertThat(c.param("_token")).isEqualTo("xoxb-E1-org"));

            h.adapter.groupConversations().create(new Workspace(se.largrupp.core.leaders.Platform.SLACK, "T7"), "2027v1-02", List.of());
            assertThat(h.slack.calls("conversations.create")).singleElement().satisfies(c -> {
                assertThat(c.param("_token")).isEqualTo("xoxb-E1-org");
                assertThat(c.param("team_id")).isEqualTo("T7");
            });

            String granted = """
                    {"token":"x","team_id":"E1","enterprise_id":"E1","api_app_id":"A1","type":"event_callback","event_id":"EvG",
                     "event_time":1700000000,
                     "authorizations":[{"enterprise_id":"E1","team_id":null,"user_id":"UBOT","is_bot":true,"is_enterprise_install":true}],
                     "event":{"type":"team_access_granted","team_ids":["T8"],"event_ts":"1.3"}}""";
            assertThat(h.postSigned(granted, "application/json").statusCode()).isEqualTo(200);
            assertThat(h.installations.forWorkspace(Optional.empty(), "T8")).isPresent();
            assertThat(h.events).contains("installed slack:T8");

            String revoked = granted.replace("team_access_granted", "team_access_revoked").replace("EvG", "EvR").replace("T8", "T7");
            assertThat(h.postSigned(revoked, "application/json").statusCode()).isEqualTo(200);
            assertThat(h.installations.forWorkspace(Optional.empty(), "T7")).isEmpty();
            assertThat(h.events).contains("uninstalled slack:T7");
        }
    }

    @Test
    void uninstalling_or_revoking_the_bot_token_deletes_the_installation_at_once() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            h.install("code-T2");
            h.install("code-T3");

            String uninstalled = """
                    {"token":"x","team_id":"T2","api_app_id":"A1","type":"event_callback","event_id":"EvU","event_time":1700000000,
                     "event":{"type":"app_uninstalled","event_ts":"1.1"}}""";
            assertThat(h.postSigned(uninstalled, "application/json").statusCode()).isEqualTo(200);
            String revoked = """
                    {"token":"x","team_id":"T3","api_app_id":"A1","type":"event_callback","event_id":"EvT","event_time":1700000000,
                     "event":{"type":"tokens_revoked","tokens":{"oauth":[],"bot":["UBOT"]},"event_ts":"1.1"}}""";
            assertThat(h.postSigned(revoked, "application/json").statusCode()).isEqualTo(200);

            assertThat(h.installations.forWorkspace(Optional.empty(), "T2")).isEmpty();
            assertThat(h.installations.forWorkspace(Optional.empty(), "T3")).isEmpty();
            assertThat(h.events).contains("uninstalled slack:T2", "uninstalled slack:T3");
            assertThat(h.adapter.outgoingMessages().deliver(to("T2", "C1"), Optional.empty())).isInstanceOf(Delivery.Rejected.class);
        }
    }

    @Test
    void a_rotating_token_is_refreshed_before_use_and_the_new_pair_stored() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            h.install("rotating-T4");

            assertThat(h.adapter.outgoingMessages().deliver(to("T4", "C1"), Optional.empty())).isInstanceOf(Delivery.Delivered.class);

            assertThat(h.slack.calls("oauth.v2.access")).filteredOn(c -> "refresh_token".equals(c.param("grant_type")))
                    .singleElement().satisfies(c -> assertThat(c.param("refresh_token")).isEqualTo("xoxe-1-T4-first"));
            assertThat(h.slack.calls("chat.postMessage")).singleElement()
                    .satisfies(c -> assertThat(c.param("_token")).isEqualTo("xoxb-T4-rotated1"));
            var stored = h.installations.forWorkspace(Optional.empty(), "T4").orElseThrow();
            assertThat(stored.refreshToken()).contains("xoxe-1-T4-next1");
            assertThat(stored.tokenExpiresAt().orElseThrow()).isAfter(java.time.Instant.now().plusSeconds(40_000));

            h.adapter.outgoingMessages().deliver(to("T4", "C2"), Optional.empty());
            assertThat(h.slack.calls("oauth.v2.access")).as("no second refresh while the token is fresh").hasSize(2);
        }
    }

    @Test
    void no_token_secret_or_code_reaches_the_log_even_at_debug() throws Exception {
        try (LogCapture log = new LogCapture(Map.of(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.INFO, "com.slack", Level.DEBUG,
                "se.largrupp", Level.DEBUG)); TestDatabase db = TestDatabases.h2(); OAuthHarness h = new OAuthHarness(core, db)) {
            h.install("code-T2");
            h.install("rotating-T4");
            h.redirect("code-T5", "forged", "largrupp-slack-oauth-state=forged", "en");
            h.postSigned(dm("Ev2", "T2", "U2", "status"), "application/json");
            h.slack.await("chat.postMessage", 1);
            h.adapter.outgoingMessages().deliver(to("T4", "C1"), Optional.empty());

            assertThat(log.lines()).isNotEmpty().noneMatch(l -> l.contains("xoxb-") || l.contains("xoxe-")
                    || l.contains("client-secret-x") || l.contains("code-T") || l.contains(OAuthHarness.SECRET_KEY));
        }
    }
}
