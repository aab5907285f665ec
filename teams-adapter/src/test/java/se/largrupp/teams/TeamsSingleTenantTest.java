package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.teams.support.ChannelTokens;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.FakeCommands;
import se.largrupp.teams.support.GraphStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * Single-tenant and multi-tenant bots, offline: the channel's tokens are checked against the connector stand-in's
 * OpenID metadata and keys, outgoing tokens come from the login stand-in ({@code GRAPH_LOGIN_URL}) — the tenant's own
 * endpoint for a single-tenant bot, Bot Framework's for a multi-tenant one — and a single-tenant bot refuses every
 * other tenant's activity with 401, however valid its token.
 */
class TeamsSingleTenantTest {
    static final String APP_ID = "5c1e0f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a";
    static final String OURS = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String OTHER = "0a0b0c0d-1111-2222-3333-444455556666";
    static ConnectorStandIn connector;
    static ChannelTokens channel;
    static GraphStandIn login;

    final FakeCommands commands = new FakeCommands();
    TeamsEndpoint endpoint;
    OutboxDrain outbox;

    @BeforeAll
    static void standIns() throws Exception {
        connector = new ConnectorStandIn();
        channel = ChannelTokens.publishedBy(connector);
        login = new GraphStandIn();
    }

    @AfterAll
    static void restore() {
        channel.close();
        connector.close();
        login.close();
    }

    @AfterEach
    void stop() throws Exception {
        if (endpoint != null) endpoint.close();
        connector.clear();
        login.clear();
    }

    void start(Map<String, String> env) throws Exception {
        TeamsAdapter adapter = TeamsAdapter.create(TeamsSettings.fromEnvironment(env), commands, login.loginUrl());
        adapter.start();
        endpoint = new TeamsEndpoint(adapter.servlet());
        outbox = new OutboxDrain(commands.outbox::messages, adapter.outgoingMessages());
    }

    static String from(String tenant) {
        return TeamsEndpoint.activity("personal-message", connector.serviceUrl()).replace(OURS, tenant);
    }

    HttpResponse<String> post(String activity) throws Exception {
        return endpoint.post(activity, channel.token(APP_ID, connector.serviceUrl()));
    }

    @Test
    void a_single_tenant_bot_answers_its_tenant_with_a_token_from_the_tenants_own_login_endpoint() throws Exception {
        start(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "app-secret", "MICROSOFT_APP_TENANT_ID", OURS));

        assertThat(post(from(OURS)).statusCode()).isEqualTo(200);
        assertThat(commands.executed()).hasSize(1);
        outbox.deliver();

        assertThat(login.tokenRequests()).singleElement().satisfies(r -> {
            assertThat(r.tenant()).isEqualTo(OURS);
            assertThat(r.form()).containsEntry("client_id", APP_ID).containsEntry("grant_type", "client_credentials")
                    .containsEntry("scope", "https://api.botframework.com/.default");
        });
        assertThat(connector.calls()).singleElement().satisfies(c -> assertThat(c.authorization()).isEqualTo("Bearer token-1"));
    }

    @Test
    void a_single_tenant_bot_refuses_another_tenants_activity_even_with_a_valid_channel_token() throws Exception {
        start(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "app-secret", "MICROSOFT_APP_TENANT_ID", OURS));

        HttpResponse<String> response = post(from(OTHER));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
        outbox.deliver();
        assertThat(connector.calls()).isEmpty();
        assertThat(login.tokenRequests()).isEmpty();
    }

    @Test
    void a_token_for_another_bot_is_refused_in_the_bots_own_tenant_too() throws Exception {
        start(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "app-secret", "MICROSOFT_APP_TENANT_ID", OURS));

        HttpResponse<String> response = endpoint.post(from(OURS), channel.token("another-bots-app-id", connector.serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commands.executed()).isEmpty();
    }

    @Test
    void a_multi_tenant_bot_serves_every_tenant_each_as_its_own_workspace_with_bot_frameworks_token() throws Exception {
        start(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", "app-secret"));

        assertThat(post(from(OURS)).statusCode()).isEqualTo(200);
        assertThat(post(from(OTHER).replace("1732647731512", "1732647731999")).statusCode()).isEqualTo(200);
        outbox.deliver();

        assertThat(commands.executed()).extracting(e -> e.invocation().actor().workspace().id()).containsExactly(OURS, OTHER);
        assertThat(login.tokenRequests()).isNotEmpty().allSatisfy(r -> assertThat(r.tenant()).isEqualTo("botframework.com"));
        assertThat(connector.calls()).hasSize(2).allSatisfy(c -> assertThat(c.authorization()).startsWith("Bearer token-"));
    }
}
