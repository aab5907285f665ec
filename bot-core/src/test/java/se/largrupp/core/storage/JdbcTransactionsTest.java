package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcTransactionsTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static void insert(TestDatabase db, String id) {
        db.jdbc().update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)", id, AT);
    }

    private static long count(TestDatabase db) {
        return db.jdbc().query("SELECT COUNT(*) AS n FROM processed_deliveries", r -> r.getLong("n")).get(0);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void work_that_completes_is_committed(TestDatabase db) {
        String result = db.transactions().inTransaction(() -> {
            insert(db, "a");
            insert(db, "b");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(count(db)).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_exception_rolls_back_everything_the_work_wrote(TestDatabase db) {
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            insert(db, "a");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(count(db)).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_nested_call_joins_the_outer_transaction_and_rolls_back_with_it(TestDatabase db) {
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.transactions().inTransaction(() -> insert(db, "inner"));
            assertThat(db.jdbc().inTransaction()).isTrue();
            throw new IllegalStateException("outer fails after the inner step");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(db)).isZero();
        assertThat(db.jdbc().inTransaction()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_inner_failure_caught_by_the_outer_work_still_rolls_back(TestDatabase db) {
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            insert(db, "outer");
            try {
                db.transactions().inTransaction(() -> {
                    insert(db, "inner");
                    throw new IllegalArgumentException("inner");
                });
            } catch (IllegalArgumentException swallowed) {
                // the use case carries on, but the transaction must not commit half
            }
        })).isInstanceOf(StorageException.class);
        assertThat(count(db)).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void another_jdbc_over_the_same_pool_joins_the_transaction(TestDatabase db) {
        Jdbc other = Jdbc.of(db.dataSource());
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            other.update("INSERT INTO processed_deliveries (delivery_id, seen_at) VALUES (?, ?)", "x", AT);
            assertThat(other.inTransaction()).isTrue();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(db)).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void writes_outside_a_transaction_commit_at_once(TestDatabase db) {
        insert(db, "solo");
        assertThat(count(db)).isEqualTo(1);
    }
}
