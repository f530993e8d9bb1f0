package io.relations.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A pool of PostgreSQL connections (HikariCP, which stays inside this module) for
 * {@link RelationsPersistence}. Close it after the persistence that uses it.
 */
public final class ConnectionPool implements AutoCloseable {

    private final HikariDataSource pool;

    private ConnectionPool(HikariDataSource pool) {
        this.pool = pool;
    }

    public static ConnectionPool open(String jdbcUrl, String user, String password, int maximumSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relations");
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumSize);
        // The pair lock relies on each statement seeing what the previous holder committed
        // (PostgreSQL's default, stated here so that no server setting can change it).
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new ConnectionPool(new HikariDataSource(config));
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
