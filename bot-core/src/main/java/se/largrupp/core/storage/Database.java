package se.largrupp.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's database: a HikariCP pool over H2 (embedded default) or PostgreSQL (several instances),
 * migrated with Flyway from {@code db/migration/common} plus the vendor's own folder on open.
 *
 * <p>H2 runs in its default (standard SQL) mode: {@code common} migrations and repository SQL stick to what both
 * databases accept, and the few vendor-specific statements (upserts, Quartz tables) branch on {@link #isPostgres()}
 * or live in the vendor folders.
 */
public final class Database implements AutoCloseable {
    /** An H2 file under {@code ./data/} that survives restarts ({@link H2Urls} adds what a server needs). */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/largrupp;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    public static final int DEFAULT_POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;

    private Database(HikariDataSource dataSource, Vendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.jdbc = Jdbc.of(dataSource);
        this.transactions = new JdbcTransactions(jdbc);
    }

    /** The databases we support, named as their Flyway migration folders. */
    public enum Vendor {
        H2("h2"), POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }

        public static Vendor of(String jdbcUrl) {
            if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) return H2;
            if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
            // The URL may carry a password: name only its scheme.
            String scheme = jdbcUrl == null ? "null" : jdbcUrl.replaceFirst("^(jdbc:[a-z0-9]+:).*$", "$1");
            throw new IllegalArgumentException("unsupported database URL " + scheme + " (use jdbc:h2: or jdbc:postgresql:)");
        }
    }

    public static Database open(String url, String user, String password) {
        return open(url, user, password, DEFAULT_POOL_SIZE);
    }

    /** Opens the pool and applies pending migrations; fails (and releases the pool) when they cannot be applied. */
    public static Database open(String url, String user, String password, int maxPoolSize) {
        Vendor vendor = Vendor.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(H2Urls.forServer(url));
        if (user != null && !user.isEmpty()) config.setUsername(user);
        if (password != null && !password.isEmpty()) config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(2, maxPoolSize));
        config.setPoolName("largrupp-" + vendor.folder());
        config.setAutoCommit(true);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw explained(e, vendor);
        }
        try {
            migrate(dataSource, vendor);
            return new Database(dataSource, vendor);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** An H2 file is locked by the process that has it open: say what to do instead of H2's code 90020. */
    private static RuntimeException explained(RuntimeException e, Vendor vendor) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (vendor == Vendor.H2 && t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return new StorageException("the H2 database file is in use by another process; stop it, or use "
                        + "PostgreSQL (DATABASE_URL=jdbc:postgresql://...) to run several instances", e);
            }
        }
        return new StorageException("cannot connect to the database: " + e.getMessage(), e);
    }

    private static void migrate(DataSource dataSource, Vendor vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Vendor vendor() {
        return vendor;
    }

    public boolean isPostgres() {
        return vendor == Vendor.POSTGRESQL;
    }

    /** The helper repositories use to reach the current transaction's connection. */
    public Jdbc jdbc() {
        return jdbc;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    /**
     * For {@code /readyz}: a connection answers and every migration Flyway recorded succeeded.
     * (Pending migrations cannot exist: {@link #open} applies them or fails.)
     */
    public boolean ready() {
        if (dataSource.isClosed()) return false;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.isValid(2)) return false;
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\"")) {
                return rs.next() && rs.getLong(1) > 0 && rs.getLong(2) == 0;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
