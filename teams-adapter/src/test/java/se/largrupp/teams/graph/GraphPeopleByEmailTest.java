package se.largrupp.teams.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.PeopleByEmail;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.teams.support.GraphStandIn;
import se.largrupp.teams.support.GraphStandIn.Answer;

/** The command line's import into a Teams tenant resolves addresses as UPNs, else by {@code mail}, against the Graph stand-in. */
class GraphPeopleByEmailTest {
    private GraphStandIn standIn;
    private PeopleByEmail people;

    @BeforeEach
    void start() throws Exception {
        standIn = new GraphStandIn();
        people = GraphPeopleByEmail.of(GraphSettings.fromEnvironment(standIn.environment()), MutableClock.standard()).orElseThrow();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void an_address_is_found_as_a_upn_or_as_a_mail_and_an_unknown_one_is_left_out() {
        standIn.on("GET", "/v1.0/users/asa@contoso.se", c -> Answer.of(200, "{\"id\":\"aad-asa\",\"displayName\":\"Åsa Öberg\"}"));
        standIn.on("GET", "/v1.0/users", c -> Answer.of(200, c.query().getOrDefault("$filter", "").equals("mail eq 'karin@contoso.se'")
                ? "{\"value\":[{\"id\":\"aad-karin\",\"displayName\":\"Karin Lind\"}]}" : "{\"value\":[]}"));

        Map<String, PeopleByEmail.Person> found = people.lookup(new Workspace(Platform.TEAMS, "tenant-1"),
                List.of("asa@contoso.se", "Karin@contoso.se", "ghost@contoso.se"));

        assertThat(found).containsOnlyKeys("asa@contoso.se", "karin@contoso.se");
        assertThat(found.get("asa@contoso.se").userId()).isEqualTo("aad-asa");
        assertThat(found.get("karin@contoso.se").displayName()).isEqualTo("Karin Lind");
    }
}
