package se.largrupp.core.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Lends Quartz connections from the application's pool; the pool is the application's to close, not Quartz's. */
final class AppDataSourceProvider implements ConnectionProvider {
    private final DataSource dataSource;

    AppDataSourceProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // Quartz calls this on scheduler shutdown; the application closes its own pool.
    }

    @Override
    public void initialize() {
        // the pool is ready
    }
}
