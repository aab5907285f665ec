package se.largrupp.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.SeededYear;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcInsightsSourceTest {

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_year_stored_in_the_database_gives_the_same_figures_as_the_year_itself(TestDatabase db) {
        SeededYear year = new SeededYear(TestCore.WORKSPACE);
        JdbcRepositories r = JdbcRepositories.of(db.database(), MutableClock.at(SeededYear.NOW));
        year.saveTo(r, db.jdbc());

        History loaded = new JdbcInsightsSource(db.jdbc(), r.leaders(), r.groups(), r.meetings()).load(TestCore.WORKSPACE);

        ComputeFigures compute = new ComputeFigures(SeededYear.ZONE);
        Figures expected = compute.compute(year.history(), SeededYear.NOW);
        Figures actual = compute.compute(loaded, SeededYear.NOW);
        assertThat(loaded.groups()).hasSize(30);
        assertThat(loaded.selfStarted()).hasSize(1);
        assertThat(actual.months()).isEqualTo(expected.months());
        assertThat(actual.now()).isEqualTo(expected.now());
        assertThat(actual.departments()).isEqualTo(expected.departments());
        assertThat(actual.atRisk()).isEqualTo(expected.atRisk());
        assertThat(actual.generations()).isEqualTo(expected.generations());
    }
}
