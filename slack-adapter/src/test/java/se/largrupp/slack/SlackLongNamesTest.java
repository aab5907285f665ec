package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.slack.support.SlackHarness;

/** A Slack display name longer than the core stores (500 characters) no longer keeps its owner from joining. */
class SlackLongNamesTest {
    static Stream<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_leader_with_a_600_character_display_name_joins_under_the_first_characters_the_core_keeps(TestDatabase db) throws Exception {
        try (db) {
            TestCore t = TestCore.create();
            JdbcRepositories jdbc = JdbcRepositories.of(db.database(), t.clock);
            t.build(b -> b.leaders(jdbc.leaders()).groups(jdbc.groups()).meetings(jdbc.meetings()).admins(jdbc.admins())
                    .processedDeliveries(jdbc.deliveries()).transactions(jdbc.transactions()));
            String name = "Å".repeat(300) + "ö".repeat(300);
            try (SlackHarness h = new SlackHarness(t.commands(), who -> false, List.of())) {
                h.slack.displayName("U0LANG", name);

                var response = h.postForm(form(slashCommand("/lärgrupp", "U0LANG", "join Ekonomi", "trig-long")));

                assertThat(response.statusCode()).isEqualTo(200);
                Leader stored = jdbc.leaders().find(TestCore.leaderId("U0LANG")).orElseThrow();
                assertThat(stored.displayName()).hasSize(Leader.MAX_NAME).isEqualTo(name.substring(0, Leader.MAX_NAME));
            }
        }
    }
}
