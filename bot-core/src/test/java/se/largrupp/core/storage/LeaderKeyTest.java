package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

/** Storage keeps leaders by {@link LeaderId#key()}; reading a key back must give the same id. */
class LeaderKeyTest {
    @Test
    void a_teams_user_id_with_colons_survives_key_and_parse() {
        LeaderId teams = LeaderId.of(Platform.TEAMS, "72f988bf-86f1-41af-91ab-2d7cd011db47", "29:1AbC-dEf:xyz");
        assertThat(LeaderId.parse(teams.key())).isEqualTo(teams);
    }

    @Test
    void a_slack_user_id_survives_key_and_parse() {
        LeaderId slack = LeaderId.of(Platform.SLACK, "T0123", "U0456");
        assertThat(LeaderId.parse(slack.key())).isEqualTo(slack);
    }
}
