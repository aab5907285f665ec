package se.largrupp.teams.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.teams.support.GraphStandIn;
import se.largrupp.teams.support.GraphStandIn.Answer;

class GraphClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private GraphStandIn standIn;
    private MutableClock clock;
    private IdentityTokens tokens;
    private GraphClient graph;

    @BeforeEach
    void start() throws Exception {
        standIn = new GraphStandIn();
        clock = MutableClock.standard();
        GraphSettings settings = GraphSettings.fromEnvironment(standIn.environment());
        tokens = IdentityTokens.of(settings, clock);
        graph = new GraphClient(settings.apiUrl(), tokens, clock);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void a_token_is_fetched_with_client_credentials_for_the_tenant_and_reused_until_shortly_before_it_expires() {
        standIn.tokenLifetime(3600);
        assertThat(graph.get("v1.0/users/u-1").status()).isEqualTo(404);
        graph.get("v1.0/users/u-2");
        assertThat(standIn.tokenRequests()).hasSize(1);
        GraphStandIn.TokenRequest request = standIn.tokenRequests().get(0);
        assertThat(request.tenant()).isEqualTo("tenant-1");
        assertThat(request.form()).containsEntry("grant_type", "client_credentials").containsEntry("client_id", "app-1")
                .containsEntry("client_secret", "secret-1").containsEntry("scope", IdentityTokens.GRAPH);
        assertThat(standIn.calls()).extracting(GraphStandIn.Call::authorization).containsOnly("Bearer token-1");

        clock.advance(Duration.ofMinutes(54));
        graph.get("v1.0/users/u-3");
        assertThat(standIn.tokenRequests()).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        graph.get("v1.0/users/u-4");
        assertThat(standIn.tokenRequests()).hasSize(2);
        assertThat(standIn.calls().get(3).authorization()).isEqualTo("Bearer token-2");
    }

    @Test
    void each_scope_has_its_own_token_so_the_bot_framework_can_share_the_client() {
        String forGraph = tokens.token(IdentityTokens.GRAPH);
        String forBots = tokens.token(IdentityTokens.BOT_FRAMEWORK);
        assertThat(forGraph).isNotEqualTo(forBots);
        assertThat(tokens.token(IdentityTokens.BOT_FRAMEWORK)).isEqualTo(forBots);
        assertThat(standIn.tokenRequests()).extracting(r -> r.form().get("scope"))
                .containsExactly(IdentityTokens.GRAPH, IdentityTokens.BOT_FRAMEWORK);
    }

    @Test
    void throttling_reaches_the_outbox_as_retry_later_with_the_wait_graph_asked_for() {
        standIn.queue(Answer.throttled(7));
        GraphResponse response = graph.post("v1.0/users/org@example.com/events", JSON.createObjectNode().put("subject", "x"));
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.errorCode()).isEqualTo("TooManyRequests");
        assertThat(response.toDelivery()).isEqualTo(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(7)), response.reason()));
        assertThat(response.reason()).doesNotContain("slow down");
    }

    @Test
    void a_refused_token_is_a_failure_of_the_call_not_an_exception_and_only_a_passing_one_is_retried() {
        standIn.refuseTokens(Optional.of(Answer.of(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215\"}")));
        GraphResponse refused = graph.get("v1.0/users/u-1");
        assertThat(refused.toDelivery()).isInstanceOf(Delivery.Rejected.class);
        assertThat(refused.reason()).contains("invalid_client").doesNotContain("secret-1");
        assertThat(standIn.calls()).isEmpty();

        standIn.refuseTokens(Optional.of(new Answer(503, "{}", Map.of("Retry-After", "30"))));
        assertThat(graph.get("v1.0/users/u-1").toDelivery())
                .isEqualTo(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "token 503 "));
    }

    @Test
    void a_token_graph_refuses_is_fetched_anew_once() {
        standIn.queue(Answer.error(401, "InvalidAuthenticationToken"));
        assertThat(graph.get("v1.0/users/u-1").status()).isEqualTo(404);
        assertThat(standIn.tokenRequests()).hasSize(2);
        assertThat(standIn.calls()).extracting(GraphStandIn.Call::authorization).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void the_stand_in_keeps_a_recurring_event_its_occurrences_and_cancellations() {
        ObjectNode event = JSON.createObjectNode().put("subject", "Lärgrupp").put("isOnlineMeeting", true);
        event.putObject("start").put("dateTime", "2027-03-16T12:00:00").put("timeZone", "Europe/Stockholm");
        event.putObject("end").put("dateTime", "2027-03-16T12:45:00").put("timeZone", "Europe/Stockholm");
        event.putObject("recurrence").putObject("pattern").put("type", "weekly").put("interval", 2);
        String mailbox = "largrupp@example.com";
        GraphResponse created = graph.post("v1.0/users/" + GraphClient.segment(mailbox) + "/events", event);
        assertThat(created.status()).isEqualTo(201);
        String id = created.id().orElseThrow();
        assertThat(created.body().path("onlineMeeting").path("joinUrl").asText()).startsWith("https://teams.microsoft.com/");

        String instances = "v1.0/users/" + mailbox + "/events/" + id + "/instances?startDateTime=2027-03-01T00:00:00&endDateTime=2027-04-30T00:00:00";
        GraphResponse listed = graph.get(instances);
        assertThat(listed.body().path("value")).hasSize(4);
        String second = listed.body().path("value").get(1).path("id").asText();
        assertThat(graph.post("v1.0/users/" + mailbox + "/events/" + second + "/cancel", JSON.createObjectNode()).status()).isEqualTo(202);
        assertThat(graph.get(instances).body().path("value")).hasSize(3);

        assertThat(graph.patch("v1.0/users/" + mailbox + "/events/" + id, JSON.createObjectNode().put("subject", "Ny")).ok()).isTrue();
        assertThat(standIn.events().get(id).orElseThrow().path("subject").asText()).isEqualTo("Ny");
        assertThat(graph.delete("v1.0/users/" + mailbox + "/events/" + id).status()).isEqualTo(204);
        assertThat(standIn.events().of(mailbox)).isEmpty();
        assertThat(standIn.lines()).first().isEqualTo("POST /v1.0/users/largrupp@example.com/events");
    }

    @Test
    void retry_after_may_be_seconds_or_an_http_date() {
        Clock fixed = Clock.fixed(Instant.parse("2027-01-11T08:00:00Z"), ZoneOffset.UTC);
        assertThat(GraphResponse.retryAfter("12", fixed)).contains(Duration.ofSeconds(12));
        assertThat(GraphResponse.retryAfter("Mon, 11 Jan 2027 08:01:30 GMT", fixed)).contains(Duration.ofSeconds(90));
        assertThat(GraphResponse.retryAfter("soon", fixed)).isEmpty();
    }

    @Test
    void settings_default_to_the_public_cloud_and_never_print_the_secret() {
        GraphSettings defaults = GraphSettings.fromEnvironment(Map.of());
        assertThat(defaults.loginUrl()).isEqualTo(GraphSettings.DEFAULT_LOGIN_URL);
        assertThat(defaults.apiUrl()).isEqualTo(GraphSettings.DEFAULT_API_URL);
        assertThat(defaults.usable()).isFalse();
        GraphSettings set = GraphSettings.fromEnvironment(Map.of("GRAPH_API_URL", "http://127.0.0.1:9/g", "MICROSOFT_APP_TENANT_ID", "t",
                "MICROSOFT_APP_ID", "a", "MICROSOFT_APP_PASSWORD", "very-secret"));
        assertThat(set.apiUrl().toString()).isEqualTo("http://127.0.0.1:9/g/");
        assertThat(set.usable()).isTrue();
        assertThat(set.toString()).doesNotContain("very-secret");
        assertThat(GraphClient.segment("Anna Ås@example.com")).isEqualTo("Anna%20%C3%85s@example.com");
    }
}
