package se.largrupp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class TestDatabasesTest {
    private static final String INSERT = "INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)";
    private static final String COUNT = "SELECT COUNT(*) AS n FROM processed_deliveries";

    @Test
    void two_h2_databases_open_at_once_do_not_see_each_other() {
        try (TestDatabase a = TestDatabases.h2(); TestDatabase b = TestDatabases.h2()) {
            a.jdbc().update(INSERT, "only-in-a", Instant.EPOCH);
            assertThat(b.jdbc().query(COUNT, r -> r.getLong("n"))).containsExactly(0L);
        }
    }

    @Test
    void two_postgres_databases_open_at_once_are_separate_schemas() {
        assumeTrue(TestDatabases.postgresAvailable(), "LARGRUPP_TEST_PG_URL not set");
        try (TestDatabase a = TestDatabases.postgres(); TestDatabase b = TestDatabases.postgres()) {
            a.jdbc().update(INSERT, "only-in-a", Instant.EPOCH);
            assertThat(b.jdbc().query(COUNT, r -> r.getLong("n"))).containsExactly(0L);
            assertThat(a.jdbc().query("SELECT current_schema() AS s", r -> r.getString("s")).get(0)).startsWith("t_");
        }
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_database_given_back_comes_to_the_next_test_empty_and_ready(TestDatabase first) {
        first.jdbc().update(INSERT, "left-behind", Instant.EPOCH);
        first.jdbc().update("INSERT INTO learning_groups (group_id, workspace_key, name, generation, status, created_at) "
                + "VALUES ('g', 'slack:T', 'n', 1, 'ACTIVE', ?)", Instant.EPOCH);
        first.jdbc().update("INSERT INTO group_members (group_id, leader_key, position) VALUES ('g', 'slack:T:U', 0)");
        first.close();

        try (TestDatabase next = first.isPostgres() ? TestDatabases.postgres() : TestDatabases.h2()) {
            assertThat(next.database()).isSameAs(first.database());
            assertThat(next.jdbc().query(COUNT, r -> r.getLong("n"))).containsExactly(0L);
            assertThat(next.jdbc().query("SELECT COUNT(*) AS n FROM group_members", r -> r.getLong("n"))).containsExactly(0L);
            assertThat(next.database().ready()).isTrue();
        }
    }

    @Test
    void a_database_closed_by_the_test_is_not_lent_again() {
        TestDatabase first = TestDatabases.h2();
        first.database().close();
        first.close();
        try (TestDatabase next = TestDatabases.h2()) {
            assertThat(next.database()).isNotSameAs(first.database());
            assertThat(next.database().ready()).isTrue();
        }
    }

    @Test
    void idle_postgres_schemas_are_dropped_when_disposed() {
        assumeTrue(TestDatabases.postgresAvailable(), "LARGRUPP_TEST_PG_URL not set");
        String schema;
        try (TestDatabase a = TestDatabases.postgres()) {
            schema = a.jdbc().query("SELECT current_schema() AS s", r -> r.getString("s")).get(0);
        }
        TestDatabases.disposeIdle();
        try (TestDatabase c = TestDatabases.postgres()) {
            assertThat(c.jdbc().query("SELECT COUNT(*) AS n FROM pg_namespace WHERE nspname = ?", r -> r.getLong("n"), schema))
                    .containsExactly(0L);
        }
    }
}
