package se.largrupp.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;

/**
 * Fresh, migrated databases for tests: H2 in memory always, and PostgreSQL when {@code LARGRUPP_TEST_PG_URL} is set
 * (user {@code LARGRUPP_TEST_PG_USER}, default {@code postgres}; password {@code LARGRUPP_TEST_PG_PASSWORD}).
 * Each PostgreSQL database is an own schema {@code t_<random>} dropped on close, so tests never see each other.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;MethodSource("se.largrupp.core.testing.TestDatabases#all")
 * void stores_a_leader(TestDatabase db) { ... }   // JUnit closes the argument after the test
 * </pre>
 */
public final class TestDatabases {
    public static final String PG_URL_ENV = "LARGRUPP_TEST_PG_URL";
    /** Small pools: PostgreSQL here is shared by many test JVMs. */
    private static final int POOL_SIZE = 4;

    private TestDatabases() {}

    /** One fresh database per kind available here; each is opened lazily when JUnit reaches it. */
    public static Stream<TestDatabase> all() {
        Stream<Supplier<TestDatabase>> kinds = postgresAvailable()
                ? Stream.<Supplier<TestDatabase>>of(TestDatabases::h2, TestDatabases::postgres)
                : Stream.<Supplier<TestDatabase>>of(TestDatabases::h2);
        return kinds.map(Supplier::get);
    }

    public static boolean postgresAvailable() {
        return pgUrl().isPresent();
    }

    /** A fresh, migrated in-memory H2 database with a unique name. */
    public static TestDatabase h2() {
        String name = "t_" + random();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Database db = Database.open(url, "sa", "", POOL_SIZE);
        return new TestDatabase("H2", db, () -> shutdownH2(db));
    }

    /** A fresh, migrated PostgreSQL schema; fails when {@code LARGRUPP_TEST_PG_URL} is not set. */
    public static TestDatabase postgres() {
        String base = pgUrl().orElseThrow(() -> new IllegalStateException(PG_URL_ENV + " is not set"));
        String user = Optional.ofNullable(System.getenv("LARGRUPP_TEST_PG_USER")).filter(s -> !s.isBlank()).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("LARGRUPP_TEST_PG_PASSWORD")).orElse("");
        String schema = "t_" + random();
        execute(base, user, password, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Database db;
        try {
            db = Database.open(url, user, password, POOL_SIZE);
        } catch (RuntimeException e) {
            execute(base, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            throw e;
        }
        return new TestDatabase("PostgreSQL", db, () -> {
            db.close();
            execute(base, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        });
    }

    /** A migrated database of either kind, with what storage tests need at hand. Closing drops it. */
    public static final class TestDatabase implements AutoCloseable {
        private final String kind;
        private final Database database;
        private final Runnable dispose;
        private boolean closed;

        TestDatabase(String kind, Database database, Runnable dispose) {
            this.kind = kind;
            this.database = database;
            this.dispose = dispose;
        }

        public Database database() {
            return database;
        }

        public DataSource dataSource() {
            return database.dataSource();
        }

        public Jdbc jdbc() {
            return database.jdbc();
        }

        public JdbcTransactions transactions() {
            return database.transactions();
        }

        public boolean isPostgres() {
            return database.isPostgres();
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            dispose.run();
        }

        /** Shown as the parameterized test's display name. */
        @Override
        public String toString() {
            return kind;
        }
    }

    private static Optional<String> pgUrl() {
        return Optional.ofNullable(System.getenv(PG_URL_ENV)).filter(s -> !s.isBlank());
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
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
