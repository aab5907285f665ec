package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.teams.support.ChannelTokens;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.FakeCommands;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * The endpoint's security: with an app id every request needs a Bot Framework JWT, checked by the SDK against the
 * channel's OpenID keys. Here the keys are a locally generated RSA pair published by the stand-in, and the SDK's
 * metadata URL points there, so both refusals and a genuinely valid token are exercised offline.
 */
class TeamsAuthenticationTest {
    static final String APP_ID = "5c1e0f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a";
    static ConnectorStandIn connector;
    static ChannelTokens channel;

    final FakeCommands commands = new FakeCommands();
    TeamsEndpoint endpoint;
    OutboxDrain outbox;

    @BeforeAll
    static void publishTheChannelsKeys() throws Exception {
        connector = new ConnectorStandIn();
        channel = ChannelTokens.publishedBy(connector);
    }

    @AfterAll
    static void restore() {
        channel.close();
        connector.close();
    }

    @AfterEach
    void stop() throws Exception {
        if (endpoint != null) endpoint.close();
        connector.clear();
    }

    void start(TeamsSettings settings) throws Exception {
        TeamsAdapter adapter = TeamsAdapter.create(settings, commands, () -> Optional.of("outgoing-token"));
        adapter.start();
        endpoint = new TeamsEndpoint(adapter.servlet());
        outbox = new OutboxDrain(commands.outbox::messages, adapter.outgoingMessages());
    }

    void startWithAppId() throws Exception {
        start(TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "not-used-here")));
    }

    String message() {
        return TeamsEndpoint.activity("personal-message", connector.serviceUrl());
    }

    String token(KeyPair keys, String audience, String serviceUrl) {
        return ChannelTokens.token(keys, audience, serviceUrl);
    }

    @Test
    void a_request_without_a_token_is_refused_and_changes_nothing() throws Exception {
        startWithAppId();

        HttpResponse<String> response = endpoint.post(message());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void a_malformed_token_is_refused() throws Exception {
        startWithAppId();

        assertThat(endpoint.post(message(), "Bearer not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(endpoint.post(message(), "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        startWithAppId();
        HttpResponse<String> response = endpoint.post(message(), token(ChannelTokens.newKeys(), APP_ID, connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
    }

    @Test
    void a_token_for_another_bot_is_refused() throws Exception {
        startWithAppId();

        HttpResponse<String> response = endpoint.post(message(), channel.token("some-other-bot", connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
    }

    @Test
    void a_token_issued_for_another_service_url_is_refused() throws Exception {
        startWithAppId();

        HttpResponse<String> response = endpoint.post(message(), channel.token(APP_ID, "https://smba.trafficmanager.net/emea/"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void a_valid_channel_token_runs_the_command_and_the_reply_carries_the_bots_token() throws Exception {
        startWithAppId();

        HttpResponse<String> response = endpoint.post(message(), channel.token(APP_ID, connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.executed()).hasSize(1);
        outbox.deliver();
        assertThat(connector.calls()).hasSize(1);
        assertThat(connector.calls().get(0).authorization()).isEqualTo("Bearer outgoing-token");
    }

    @Test
    void dev_mode_does_not_switch_authentication_off_when_an_app_id_is_set() throws Exception {
        start(TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP_ID, "TEAMS_DEV_MODE", "true")));

        assertThat(endpoint.post(message()).statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
    }

    @Test
    void without_an_app_id_and_without_dev_mode_the_endpoint_is_off() throws Exception {
        start(TeamsSettings.fromEnvironment(Map.of()));

        HttpResponse<String> response = endpoint.post(message());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("MICROSOFT_APP_ID").contains("TEAMS_DEV_MODE");
        assertThat(commands.executed()).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void only_post_is_taken_in_every_mode_and_other_methods_get_405_with_allow_post() throws Exception {
        for (TeamsSettings settings : java.util.List.of(TeamsSettings.fromEnvironment(Map.of()), TeamsSettings.devMode(Optional.empty()),
                TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "x")))) {
            start(settings);
            for (String method : java.util.List.of("GET", "PUT", "DELETE", "TRACE")) {
                HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(endpoint.uri())
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer secret-token").build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(settings.mode() + " " + method).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).contains("POST");
                assertThat(response.body()).doesNotContain("secret-token");
            }
            endpoint.close();
        }
        assertThat(commands.executed()).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }
}
