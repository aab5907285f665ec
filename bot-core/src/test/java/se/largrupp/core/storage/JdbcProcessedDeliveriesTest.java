package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.largrupp.core.storage.StorageFixtures.T0;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcProcessedDeliveriesTest {

    private static JdbcProcessedDeliveries deliveries(TestDatabase db) {
        return new JdbcProcessedDeliveries(db.database(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_delivery_id_is_new_once(TestDatabase db) {
        JdbcProcessedDeliveries seen = deliveries(db);
        assertThat(seen.firstTime("Ev0ÅÄÖ-1")).isTrue();
        assertThat(seen.firstTime("Ev0ÅÄÖ-1")).isFalse();
        assertThat(seen.firstTime("Ev0ÅÄÖ-2")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_repeat_inside_a_transaction_leaves_the_transaction_usable(TestDatabase db) {
        JdbcProcessedDeliveries seen = deliveries(db);
        seen.firstTime("dup");
        boolean again = db.transactions().inTransaction(() -> {
            boolean first = seen.firstTime("dup");
            seen.firstTime("after-the-repeat");
            return first;
        });
        assertThat(again).isFalse();
        assertThat(seen.firstTime("after-the-repeat")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_delivery_whose_transaction_rolled_back_is_new_again(TestDatabase db) {
        JdbcProcessedDeliveries seen = deliveries(db);
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            seen.firstTime("retry-me");
            throw new IllegalStateException("the use case failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(seen.firstTime("retry-me")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void two_threads_racing_for_the_same_ids_each_win_half_never_both(TestDatabase db) throws Exception {
        JdbcProcessedDeliveries seen = deliveries(db);
        int ids = 100;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> wins = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                wins.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<String> won = new ArrayList<>();
                    for (int i = 0; i < ids; i++) {
                        String id = "ev-" + i;
                        if (db.transactions().inTransaction(() -> seen.firstTime(id))) won.add(id);
                    }
                    return won;
                }));
            }
            List<String> all = new ArrayList<>(wins.get(0).get(60, TimeUnit.SECONDS));
            all.addAll(wins.get(1).get(60, TimeUnit.SECONDS));
            assertThat(all).hasSize(ids).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_retry_arriving_while_the_first_is_uncommitted_is_not_new_once_the_first_commits(TestDatabase db)
            throws Exception {
        JdbcProcessedDeliveries seen = deliveries(db);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Boolean> retry = new CompletableFuture<>();
            boolean first = db.transactions().inTransaction(() -> {
                boolean mine = seen.firstTime("ev-race");
                other.submit(() -> {
                    try {
                        retry.complete(db.transactions().inTransaction(() -> seen.firstTime("ev-race")));
                    } catch (RuntimeException e) {
                        retry.completeExceptionally(e);
                    }
                });
                try {
                    // Give the retry the chance to reach the database while this insert is uncommitted.
                    retry.get(300, TimeUnit.MILLISECONDS);
                } catch (TimeoutException expected) {
                    // it is waiting for our commit: the interesting case
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return mine;
            });
            assertThat(first).isTrue();
            assertThat(retry.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            other.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void ids_older_than_seven_days_are_purged_and_newer_ones_kept(TestDatabase db) {
        JdbcProcessedDeliveries old = new JdbcProcessedDeliveries(db.database(), Clock.fixed(T0, ZoneOffset.UTC));
        JdbcProcessedDeliveries recent = new JdbcProcessedDeliveries(db.database(),
                Clock.fixed(T0.plus(Duration.ofDays(5)), ZoneOffset.UTC));
        old.firstTime("old");
        recent.firstTime("recent");

        int purged = recent.purge(T0.plus(Duration.ofDays(7)).plusSeconds(1));

        assertThat(purged).isEqualTo(1);
        assertThat(recent.firstTime("recent")).isFalse();
        assertThat(recent.firstTime("old")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void old_ids_are_cleared_out_by_new_deliveries_without_a_job(TestDatabase db) {
        MutableClock clock = MutableClock.at(T0);
        JdbcProcessedDeliveries seen = new JdbcProcessedDeliveries(db.database(), clock);
        seen.firstTime("week-old");
        clock.advance(Duration.ofDays(8));

        seen.firstTime("today");

        assertThat(db.jdbc().query("SELECT delivery_id FROM processed_deliveries", r -> r.getString("delivery_id")))
                .containsExactly("today");
    }
}
