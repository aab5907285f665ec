package se.largrupp.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.storage.Database;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** Two clustered instances on one PostgreSQL schema, each with its own pool, as two processes would have. */
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL_ENV, matches = ".+")
class ClusteredWakeupsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ScaledClock CLOCK = ScaledClock.unscaled(Clock.systemUTC());

    private final TestDatabase db = TestDatabases.postgres();
    private final Database second = secondPool(db);
    private final RecordingHandler onA = new RecordingHandler("nudge");
    private final RecordingHandler onB = new RecordingHandler("nudge");

    @AfterEach
    void close() {
        second.close();
        db.close();
    }

    private static Database secondPool(TestDatabase db) {
        HikariDataSource first = (HikariDataSource) db.dataSource();
        return Database.open(first.getJdbcUrl(), first.getUsername(), first.getPassword(), 4);
    }

    private static QuartzWakeups node(DataSource dataSource, String id, Wakeups.Handler handler) {
        QuartzWakeups.Options options = QuartzWakeups.Options.defaults().withClustered(true).withInstanceId(id)
                .withThreads(2).withCheckinInterval(Duration.ofMillis(500));
        return QuartzWakeups.create(dataSource, true, CLOCK, options).register(handler);
    }

    private List<String> firedSubjects() {
        return java.util.stream.Stream.concat(onA.subjects().stream(), onB.subjects().stream()).toList();
    }

    private void awaitFired(int count) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (firedSubjects().size() < count && System.nanoTime() < end) Thread.sleep(20);
    }

    @Test
    void two_clustered_instances_share_the_schedule_and_each_wake_up_fires_once() throws Exception {
        try (QuartzWakeups a = node(db.dataSource(), "node-a", onA); QuartzWakeups b = node(second.dataSource(), "node-b", onB)) {
            a.start();
            b.start();
            Instant due = Instant.now().plusMillis(500);
            IntStream.range(0, 30).forEach(i -> (i % 2 == 0 ? a : b).schedule("nudge", "g" + i, due));

            awaitFired(30);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (IntStream.range(0, 30).anyMatch(i -> a.isScheduled("nudge", "g" + i)) && System.nanoTime() < end) Thread.sleep(20);

            assertThat(firedSubjects()).hasSize(30).doesNotHaveDuplicates();
        }
    }

    @Test
    void when_one_instance_stops_the_other_fires_its_wake_ups() throws Exception {
        try (QuartzWakeups a = node(db.dataSource(), "node-a", onA); QuartzWakeups b = node(second.dataSource(), "node-b", onB)) {
            a.start();
            b.start();
            Instant due = Instant.now().plusSeconds(2);
            IntStream.range(0, 10).forEach(i -> a.schedule("nudge", "g" + i, due));
            a.close();

            awaitFired(10);

            assertThat(onA.subjects()).isEmpty();
            assertThat(onB.subjects()).hasSize(10).doesNotHaveDuplicates();
        }
    }

    @Test
    void a_wake_up_running_on_an_instance_that_dies_is_run_again_by_the_survivor() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Wakeups.Handler hangs = new Wakeups.Handler() {
            public String topic() { return "nudge"; }
            public void wake(String subject, Instant due) {
                started.countDown();
                try {
                    never.await(); // the process "dies" here: it never finishes nor reports
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Severable severable = new Severable(db.dataSource());
        QuartzWakeups a = node(severable, "node-a", hangs);
        try (QuartzWakeups b = node(second.dataSource(), "node-b", onB)) {
            a.start();
            a.schedule("nudge", "g1", Instant.now());
            assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            severable.sever(); // no more check-ins from node-a

            b.start();
            assertThat(onB.awaitAtLeast(1, WAIT)).extracting(RecordingHandler.Woken::subject).containsExactly("g1");
        } finally {
            never.countDown();
            a.scheduler().shutdown(false);
        }
    }

    /** A pool that can be cut off, as a killed process's connections are. */
    private static final class Severable implements DataSource {
        private final DataSource pool;
        private volatile boolean severed;

        Severable(DataSource pool) {
            this.pool = pool;
        }

        void sever() {
            severed = true;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (severed) throw new SQLException("severed");
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) {}
        @Override public void setLoginTimeout(int seconds) {}
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() { return Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("no"); }
        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }
}
