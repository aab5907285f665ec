package se.largrupp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class TestDatabasesTest {
    private static final String INSERT = "INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)";
    private static final String COUNT = "SELECT COUNT(*) AS n FROM processed_deliveries";

    @Test
    void two_h2_databases_do_not_see_each_other() {
        try (TestDatabase a = TestDatabases.h2(); TestDatabase b = TestDatabases.h2()) {
            a.jdbc().update(INSERT, "only-in-a", Instant.EPOCH);
            assertThat(b.jdbc().query(COUNT, r -> r.getLong("n"))).containsExactly(0L);
        }
    }

    @Test
    void two_postgres_databases_are_separate_schemas_dropped_on_close() {
        assumeTrue(TestDatabases.postgresAvailable(), "LARGRUPP_TEST_PG_URL not set");
        TestDatabase a = TestDatabases.postgres();
        String schema;
        try (TestDatabase b = TestDatabases.postgres()) {
            a.jdbc().update(INSERT, "only-in-a", Instant.EPOCH);
            assertThat(b.jdbc().query(COUNT, r -> r.getLong("n"))).containsExactly(0L);
            schema = a.jdbc().query("SELECT current_schema() AS s", r -> r.getString("s")).get(0);
            assertThat(schema).startsWith("t_");
        }
        a.close();
        try (TestDatabase c = TestDatabases.postgres()) {
            assertThat(c.jdbc().query("SELECT COUNT(*) AS n FROM pg_namespace WHERE nspname = ?", r -> r.getLong("n"), schema))
                    .containsExactly(0L);
        }
    }
}
