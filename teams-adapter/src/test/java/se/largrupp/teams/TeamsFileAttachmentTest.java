package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.OrgChartCommands;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * HR's CSV sent in the personal chat arrives as a {@code file.download.info} attachment: the adapter fetches its
 * pre-authenticated download URL, finds the addresses in the team's member list ({@code pagedmembers}) and the core
 * answers with the preview card.
 */
class TeamsFileAttachmentTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String HELENA = "6f1a2b3c-0000-4d5e-8f90-dddddddddddd";
    static final String ASA = "6f1a2b3c-0000-4d5e-8f90-aaaaaaaaaaaa";
    static final String CSV = "email,name,department,manager_email\nhelena.holm@contoso.se,Helena Holm,HR,\nasa@contoso.se,Åsa Öberg,Sälj,helena.holm@contoso.se\n";
    private final TestDatabases.TestDatabase db = TestDatabases.h2();
    private final MutableClock clock = MutableClock.standard();
    private ConnectorStandIn connector;
    private TeamsEndpoint endpoint;
    private Activities activities;

    @BeforeEach
    void start() throws Exception {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox jdbcOutbox = new JdbcOutbox(db.jdbc(), clock, false);
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), jdbcOutbox, r.transactions(), new Texts(), clock, List.of());
        OrgChartCommands chat = orgChart.commands();
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(jdbcOutbox).wakeups(new ManualWakeups())
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).configuredAdmins("teams:" + TENANT + ":" + HELENA)
                .handler(Command.OrgChart.class, chat::answer).handler(Command.OrgChartFile.class, chat::file).build();
        connector = new ConnectorStandIn();
        activities = new Activities(connector.serviceUrl(), TENANT);
        TeamsAdapter teams = TeamsAdapter.create(TeamsSettings.fromEnvironment(java.util.Map.of("TEAMS_DEV_MODE", "true")),
                core.commands(), AccessTokens.none());
        endpoint = new TeamsEndpoint(teams.servlet());
        connector.serve("/files/hr.csv", CSV);
        connector.serve("/emea/v3/conversations/a:personal-" + HELENA + "/pagedmembers", """
                {"members": [
                  {"id": "29:%s", "name": "Helena Holm", "aadObjectId": "%s", "email": "Helena.Holm@contoso.se"},
                  {"id": "29:%s", "name": "Åsa Öberg", "aadObjectId": "%s", "userPrincipalName": "asa@contoso.se"}]}"""
                .formatted(HELENA, HELENA, ASA, ASA));
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
        db.close();
    }

    @Test
    void a_csv_attachment_in_the_personal_chat_is_fetched_matched_and_answered_with_a_preview() throws Exception {
        ObjectNode a = (ObjectNode) new ObjectMapper().readTree(activities.personal(HELENA, "Helena Holm", ""));
        a.putArray("attachments").addObject().put("contentType", "application/vnd.microsoft.teams.file.download.info")
                .put("name", "hr.csv").putObject("content").put("downloadUrl", connector.base() + "/files/hr.csv")
                .put("uniqueId", "1150D938").put("fileType", "csv");

        endpoint.post(a.toString());

        List<String> previews = db.jdbc().query("SELECT plan FROM org_import_previews", rs -> rs.getString(1));
        assertThat(previews).singleElement().asString().contains(ASA, HELENA);
        List<String> replies = db.jdbc().query("SELECT payload FROM outbox", rs -> rs.getString(1));
        assertThat(replies).singleElement().asString().contains("Förhandsgranskning av organisationsschemat", "orgchart apply ");
    }
}
