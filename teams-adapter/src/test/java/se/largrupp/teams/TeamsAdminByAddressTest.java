package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * LARGRUPP_ADMINS may name a Teams admin by e-mail address or UPN: when that user writes to the bot, the adapter looks
 * their address up with the connector's member lookup (the stand-in answers it as Teams does) and the core takes them
 * for the admin the configuration names. {@code whoami} shows a user the ids an operator needs.
 */
class TeamsAdminByAddressTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String HELENA = "6f1a2b3c-0000-4d5e-8f90-dddddddddddd";
    static final String BO = "6f1a2b3c-0000-4d5e-8f90-eeeeeeeeeeee";
    final TestCore core = TestCore.create();
    ConnectorStandIn connector;
    TeamsEndpoint endpoint;
    OutboxDrain outbox;
    Activities activities;

    void start(String admins, boolean lookUps) throws Exception {
        connector = new ConnectorStandIn();
        activities = new Activities(connector.serviceUrl(), TENANT);
        core.build(b -> b.configuredAdmins(admins));
        TeamsSettings settings = TeamsSettings.fromEnvironment(java.util.Map.of("TEAMS_DEV_MODE", "true", "LARGRUPP_ADMINS", admins));
        assertThat(settings.lookUpAddresses()).isEqualTo(admins.contains("@"));
        TeamsAdapter teams = TeamsAdapter.create(settings.withAddressLookups(lookUps), core.commands(), AccessTokens.none());
        endpoint = new TeamsEndpoint(teams.servlet());
        outbox = new OutboxDrain(core.outbox::messages, teams.outgoingMessages());
        // The member as the connector returns it (TeamsChannelAccount): e-mail and UPN beside the ids.
        connector.serve("/emea/v3/conversations/a:personal-" + HELENA + "/members/29:" + HELENA, """
                {"id": "29:%s", "name": "Helena Holm", "aadObjectId": "%s", "givenName": "Helena", "surname": "Holm",
                 "email": "Helena.Holm@contoso.se", "userPrincipalName": "helena.holm@contoso.onmicrosoft.com",
                 "tenantId": "%s", "userRole": "user"}""".formatted(HELENA, HELENA, TENANT));
    }

    @AfterEach
    void stop() throws Exception {
        if (endpoint != null) endpoint.close();
        if (connector != null) connector.close();
    }

    String say(String text) throws Exception {
        connector.clear();
        endpoint.post(activities.personal(HELENA, "Helena Holm", text));
        outbox.deliver();
        return connector.calls().get(connector.calls().size() - 1).body().toString();
    }

    @Test
    void an_admin_named_by_e_mail_address_is_an_admin_once_they_write_to_the_bot() throws Exception {
        start("helena.holm@contoso.se", true);

        String stats = say("stats");

        assertThat(stats).contains(core.texts.get(se.largrupp.core.leaders.Language.SV, "stats.title"))
                .doesNotContain(core.texts.get(se.largrupp.core.leaders.Language.SV, "commands.refusal.adminOnly"));
        LeaderId helena = LeaderId.of(Platform.TEAMS, TENANT, HELENA);
        assertThat(core.core().admins().isAdmin(helena)).as("remembered for notices that no message brings").isTrue();
    }

    @Test
    void an_admin_may_also_be_named_by_upn_scoped_to_the_tenant() throws Exception {
        start("teams:" + TENANT + ":Helena.Holm@contoso.onmicrosoft.com", true);

        assertThat(say("statistik")).doesNotContain(core.texts.get(se.largrupp.core.leaders.Language.SV, "commands.refusal.adminOnly"));
    }

    @Test
    void whoami_shows_the_tenant_the_object_id_and_the_e_mail_addresses() throws Exception {
        start("someone.else@contoso.se", true);

        String answer = say("vem är jag");

        assertThat(answer).contains(TENANT, HELENA, "helena.holm@contoso.se", "helena.holm@contoso.onmicrosoft.com",
                "teams:" + TENANT + ":" + HELENA, "Du är inte administratör");
    }

    @Test
    void without_address_entries_nobody_is_looked_up_and_an_address_makes_nobody_admin() throws Exception {
        start("U0SLACKADMIN", false);

        assertThat(say("whoami")).contains(HELENA).doesNotContain("contoso.se");
        assertThat(say("stats")).contains(core.texts.get(se.largrupp.core.leaders.Language.SV, "commands.refusal.sponsorOnly"));
    }

    @Test
    void a_failed_lookup_still_runs_the_command_and_makes_nobody_admin() throws Exception {
        start("bo.berg@contoso.se", true);
        connector.clear();
        connector.queue(ConnectorStandIn.Answer.of(404)); // Bo is nobody the connector knows in this chat

        endpoint.post(activities.personal(BO, "Bo Berg", "stats"));
        outbox.deliver();

        assertThat(connector.lines()).hasSize(2).first().isEqualTo("GET /emea/v3/conversations/a:personal-" + BO + "/members/29:" + BO);
        assertThat(connector.lines().get(1)).startsWith("POST /emea/v3/conversations/a:personal-" + BO + "/activities");
        assertThat(connector.calls().get(1).body().toString())
                .contains(core.texts.get(se.largrupp.core.leaders.Language.SV, "commands.refusal.sponsorOnly"));
    }
}
