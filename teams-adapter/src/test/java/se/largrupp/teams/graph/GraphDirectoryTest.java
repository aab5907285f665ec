package se.largrupp.teams.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.orgchart.Directory;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.teams.support.GraphStandIn;
import se.largrupp.teams.support.GraphStandIn.Answer;

/** Department and manager chain from the Graph stand-in, as Graph answers {@code $expand=manager($levels=max)}. */
class GraphDirectoryTest {
    private GraphStandIn standIn;
    private Directory directory;
    private final LeaderId asa = LeaderId.of(Platform.TEAMS, "tenant-1", "aad-asa");

    @BeforeEach
    void start() throws Exception {
        standIn = new GraphStandIn();
        directory = GraphDirectory.of(GraphSettings.fromEnvironment(standIn.environment()), MutableClock.standard()).orElseThrow();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void a_leaders_department_and_whole_reporting_line_come_in_one_call_with_the_consistency_header() {
        standIn.on("GET", "/v1.0/users/aad-asa", call -> Answer.of(200, """
                {"id": "aad-asa", "department": "Försäljning Nord",
                 "manager": {"id": "aad-karin", "displayName": "Karin Lind", "mail": "karin@contoso.se",
                   "manager": {"id": "aad-vera", "displayName": "Vera Dahl", "mail": "vera@contoso.se"}}}"""));

        Optional<Directory.Entry> entry = directory.lookup(asa);

        assertThat(entry).contains(new Directory.Entry(Optional.of("Försäljning Nord"),
                List.of(LeaderId.of(Platform.TEAMS, "tenant-1", "aad-karin"), LeaderId.of(Platform.TEAMS, "tenant-1", "aad-vera"))));
        GraphStandIn.Call call = standIn.calls().get(0);
        assertThat(call.query()).containsEntry("$select", "department")
                .containsEntry("$expand", "manager($levels=max;$select=id,displayName,mail)").containsEntry("$count", "true");
        assertThat(standIn.consistencyLevels()).containsExactly("eventual");
        assertThat(call.authorization()).startsWith("Bearer ");
    }

    @Test
    void a_user_without_manager_or_department_has_none_and_an_error_tells_nothing() {
        standIn.on("GET", "/v1.0/users/aad-asa", call -> Answer.of(200, "{\"id\": \"aad-asa\", \"department\": null}"));
        assertThat(directory.lookup(asa)).contains(new Directory.Entry(Optional.empty(), List.of()));

        standIn.queue(Answer.error(403, "Authorization_RequestDenied"));
        assertThat(directory.lookup(asa)).isEmpty();
        assertThat(directory.covers(asa.workspace())).isTrue();
        assertThat(directory.covers(LeaderId.of(Platform.SLACK, "T1", "U1").workspace())).isFalse();
    }
}
