package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcRegroupPreviewsTest {
    private static final Workspace TEAMS = new Workspace(Platform.TEAMS, "tenant-1");
    private static final LeaderId ADMIN = new LeaderId(TEAMS, "29:1admin");

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_preview_comes_back_as_saved_and_a_new_one_replaces_it(TestDatabase db) {
        JdbcRegroupPreviews previews = new JdbcRegroupPreviews(db.jdbc());
        List<List<LeaderId>> groups = List.of(
                List.of(new LeaderId(TEAMS, "29:1a"), new LeaderId(TEAMS, "29:1b"), new LeaderId(TEAMS, "29:1c")),
                List.of(new LeaderId(TEAMS, "29:1d"), new LeaderId(TEAMS, "29:1e"), new LeaderId(TEAMS, "29:1f"), ADMIN));
        RegroupPreview first = new RegroupPreview(TEAMS, 3, ADMIN, Instant.parse("2027-01-11T08:00:00Z"), "2,0,1,0.0", groups);

        db.transactions().inTransaction(() -> previews.save(first));
        assertThat(previews.find(TEAMS)).contains(first);

        RegroupPreview second = new RegroupPreview(TEAMS, 4, ADMIN, Instant.parse("2027-01-12T08:00:00Z"), "1,0,0,0.0",
                List.of(groups.get(1)));
        previews.save(second);
        assertThat(previews.find(TEAMS)).contains(second);
        assertThat(previews.find(new Workspace(Platform.SLACK, "tenant-1"))).isEmpty();

        previews.delete(TEAMS);
        assertThat(previews.find(TEAMS)).isEmpty();
    }
}
