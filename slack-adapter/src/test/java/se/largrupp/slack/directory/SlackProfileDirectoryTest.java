package se.largrupp.slack.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.orgchart.Directory;
import se.largrupp.slack.support.SlackStandIn;
import se.largrupp.slack.web.RateLimiter;
import se.largrupp.slack.web.SlackWebApi;

/** Manager and department from Slack profile fields, found by label or by SLACK_MANAGER_FIELD / SLACK_DEPARTMENT_FIELD. */
class SlackProfileDirectoryTest {
    private SlackStandIn slack;
    private SlackWebApi api;
    private final LeaderId asa = LeaderId.of(Platform.SLACK, "T1", "U0ASA");

    @BeforeEach
    void start() throws Exception {
        slack = new SlackStandIn();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl().toString());
        api = new se.largrupp.slack.web.SlackApis(Slack.getInstance(config), se.largrupp.slack.web.WorkspaceTokens.single("xoxb-test"),
                new RateLimiter()).forTeam("T1");
        slack.profile("U0ASA", Map.of("Xf01", "U0KARIN", "Xf02", "Försäljning", "Xf03", "U0BOSS"));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void a_user_field_labelled_chef_and_a_field_labelled_avdelning_are_found_by_themselves() {
        slack.profileFields("""
                [{"id":"Xf00","ordering":0,"label":"Titel","type":"text"},
                 {"id":"Xf01","ordering":1,"label":"Chef","type":"user"},
                 {"id":"Xf02","ordering":2,"label":"Avdelning","type":"text"}]""");
        Directory d = new SlackProfileDirectory(team -> api, Optional.empty(), Optional.empty());

        assertThat(d.covers(asa.workspace())).isTrue();
        assertThat(d.lookup(asa)).contains(new Directory.Entry(Optional.of("Försäljning"), List.of(LeaderId.of(Platform.SLACK, "T1", "U0KARIN"))));
        assertThat(slack.calls("users.profile.get")).singleElement().satisfies(c -> assertThat(c.param("user")).isEqualTo("U0ASA"));
    }

    @Test
    void settings_name_fields_whose_labels_are_not_obvious_and_a_workspace_without_fields_has_no_directory() {
        slack.profileFields("""
                [{"id":"Xf03","label":"Rapporterar till (SCIM)","type":"user"},{"id":"Xf02","label":"Org unit","type":"text"}]""");
        Directory named = new SlackProfileDirectory(team -> api, Optional.of("Rapporterar till (SCIM)"), Optional.of("Xf02"));
        assertThat(named.lookup(asa)).contains(new Directory.Entry(Optional.of("Försäljning"), List.of(LeaderId.of(Platform.SLACK, "T1", "U0BOSS"))));

        Directory guessing = new SlackProfileDirectory(team -> api, Optional.empty(), Optional.empty());
        assertThat(guessing.covers(asa.workspace())).isFalse();
    }
}
