package se.largrupp.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;

/**
 * Empty, migrated databases for tests: H2 in memory always, and PostgreSQL when {@code LARGRUPP_TEST_PG_URL} is set
 * (user {@code LARGRUPP_TEST_PG_USER}, default {@code postgres}; password {@code LARGRUPP_TEST_PG_PASSWORD}).
 * Each PostgreSQL database is its own schema {@code t_<epoch>_<random>}, so test runs never see each other.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;MethodSource("se.largrupp.core.testing.TestDatabases#all")
 * void stores_a_leader(TestDatabase db) { ... }   // JUnit closes the argument after the test
 * </pre>
 *
 * <p>Migrating a fresh PostgreSQL schema takes a second or more on a busy machine, so a closed database is emptied
 * (every table but Flyway's truncated) and lent to the next test of this JVM; the schemas are dropped when the JVM
 * exits. Closing the {@link Database} itself instead of the {@link TestDatabase} retires it.
 */
public final class TestDatabases {
    public static final String PG_URL_ENV = "LARGRUPP_TEST_PG_URL";
    /** Small pools: PostgreSQL here is shared by many test JVMs. */
    private static final int POOL_SIZE = 4;
    private static final int MAX_IDLE = 3;
    /** Schemas of test JVMs that died without cleaning up are dropped once this old. */
    private static final Duration STALE = Duration.ofHours(6);

    private static final Deque<Pooled> IDLE_H2 = new ConcurrentLinkedDeque<>();
    private static final Deque<Pooled> IDLE_PG = new ConcurrentLinkedDeque<>();
    private static volatile boolean swept;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::disposeIdle, "test-databases-cleanup"));
    }

    private TestDatabases() {}

    /** One empty database per kind available here; each is lent lazily when JUnit reaches it. */
    public static Stream<TestDatabase> all() {
        Stream<Supplier<TestDatabase>> kinds = postgresAvailable()
                ? Stream.<Supplier<TestDatabase>>of(TestDatabases::h2, TestDatabases::postgres)
                : Stream.<Supplier<TestDatabase>>of(TestDatabases::h2);
        return kinds.map(Supplier::get);
    }

    public static boolean postgresAvailable() {
        return pgUrl().isPresent();
    }

    /** An empty, migrated in-memory H2 database that no other open {@link TestDatabase} uses. */
    public static TestDatabase h2() {
        return lend("H2", IDLE_H2, TestDatabases::newH2);
    }

    /** An empty, migrated PostgreSQL schema; fails when {@code LARGRUPP_TEST_PG_URL} is not set. */
    public static TestDatabase postgres() {
        return lend("PostgreSQL", IDLE_PG, TestDatabases::newPostgres);
    }

    /** A migrated database of either kind, with what storage tests need at hand. Closing empties and returns it. */
    public static final class TestDatabase implements AutoCloseable {
        private final String kind;
        private final Pooled pooled;
        private final Deque<Pooled> idle;
        private boolean closed;

        TestDatabase(String kind, Pooled pooled, Deque<Pooled> idle) {
            this.kind = kind;
            this.pooled = pooled;
            this.idle = idle;
        }

        public Database database() {
            return pooled.database;
        }

        public DataSource dataSource() {
            return pooled.database.dataSource();
        }

        public Jdbc jdbc() {
            return pooled.database.jdbc();
        }

        public JdbcTransactions transactions() {
            return pooled.database.transactions();
        }

        public boolean isPostgres() {
            return pooled.database.isPostgres();
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            giveBack(pooled, idle);
        }

        /** Shown as the parameterized test's display name. */
        @Override
        public String toString() {
            return kind;
        }
    }

    /** A migrated database and how to get rid of it for good. */
    record Pooled(Database database, Runnable dispose) {}

    private static TestDatabase lend(String kind, Deque<Pooled> idle, Supplier<Pooled> create) {
        Pooled p = idle.pollFirst();
        return new TestDatabase(kind, p != null ? p : create.get(), idle);
    }

    private static void giveBack(Pooled p, Deque<Pooled> idle) {
        if (p.database.dataSource() instanceof com.zaxxer.hikari.HikariDataSource h && h.isClosed()) {
            p.dispose.run();
            return;
        }
        try {
            empty(p.database);
        } catch (SQLException | RuntimeException e) {
            p.dispose.run();
            return;
        }
        if (idle.size() >= MAX_IDLE) p.dispose.run();
        else idle.addFirst(p);
    }

    /** Drops every idle database now (the JVM's exit does it too). */
    static void disposeIdle() {
        for (Deque<Pooled> idle : List.of(IDLE_H2, IDLE_PG)) {
            for (Pooled p = idle.pollFirst(); p != null; p = idle.pollFirst()) {
                try {
                    p.dispose.run();
                } catch (RuntimeException ignored) {
                    // best effort at exit; stale schemas are swept by a later run
                }
            }
        }
    }

    private static void empty(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = tables(db, s);
            if (tables.isEmpty()) return;
            if (db.isPostgres()) {
                s.execute("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                try {
                    for (String t : tables) s.execute("TRUNCATE TABLE " + t + " RESTART IDENTITY");
                } finally {
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
        }
    }

    /** The quoted names of the schema's tables, Flyway's history left out. */
    private static List<String> tables(Database db, Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        String sql = db.isPostgres()
                ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_TYPE = 'BASE TABLE'";
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (!t.equalsIgnoreCase("flyway_schema_history")) tables.add('"' + t.replace("\"", "\"\"") + '"');
            }
        }
        return tables;
    }

    private static Pooled newH2() {
        String url = "jdbc:h2:mem:t_" + random() + ";DB_CLOSE_DELAY=-1";
        Database db = Database.open(url, "sa", "", POOL_SIZE);
        requireEmpty(db);
        return new Pooled(db, () -> shutdownH2(db));
    }

    private static Pooled newPostgres() {
        String base = pgUrl().orElseThrow(() -> new IllegalStateException(PG_URL_ENV + " is not set"));
        String user = Optional.ofNullable(System.getenv("LARGRUPP_TEST_PG_USER")).filter(s -> !s.isBlank()).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("LARGRUPP_TEST_PG_PASSWORD")).orElse("");
        if (!swept) {
            swept = true;
            sweepStaleSchemas(base, user, password);
        }
        String schema = "t_" + Instant.now().getEpochSecond() + "_" + random();
        execute(base, user, password, "CREATE SCHEMA " + schema);
        Runnable drop = () -> execute(base, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Database db;
        try {
            db = Database.open(url, user, password, POOL_SIZE);
            requireEmpty(db);
        } catch (RuntimeException e) {
            drop.run();
            throw e;
        }
        return new Pooled(db, () -> {
            db.close();
            drop.run();
        });
    }

    /** Lending emptied databases assumes migrations seed no rows; say so loudly if one ever does. */
    private static void requireEmpty(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String t : tables(db, s)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        db.close();
                        throw new IllegalStateException("migration seeded rows into " + t
                                + ": TestDatabases empties databases between tests and would lose them");
                    }
                }
            }
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("cannot inspect a fresh test database: " + e.getMessage(), e);
        }
    }

    private static void sweepStaleSchemas(String url, String user, String password) {
        long cutoff = Instant.now().minus(STALE).getEpochSecond();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname ~ '^t_[0-9]+_[0-9a-f]+$'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (Long.parseLong(name.split("_")[1]) < cutoff) stale.add(name);
                }
            }
            for (String name : stale) s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException | RuntimeException ignored) {
            // only housekeeping: another run may be dropping the same schemas
        }
    }

    private static Optional<String> pgUrl() {
        return Optional.ofNullable(System.getenv(PG_URL_ENV)).filter(s -> !s.isBlank());
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void shutdownH2(Database db) {
        // DB_CLOSE_DELAY=-1 keeps the in-memory database while the pool breathes; SHUTDOWN frees it.
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already gone
        } finally {
            db.close();
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + e.getMessage(), e);
        }
    }
}
