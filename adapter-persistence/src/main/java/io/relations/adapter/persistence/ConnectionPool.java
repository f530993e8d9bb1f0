package io.relations.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A pool of PostgreSQL connections (HikariCP, which stays inside this module) for
 * {@link RelationsPersistence}. Close it after the persistence that uses it.
 */
public final class ConnectionPool implements AutoCloseable {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    private final HikariDataSource pool;

    private ConnectionPool(HikariDataSource pool) {
        this.pool = pool;
    }

    public static ConnectionPool open(String jdbcUrl, String user, String password, int maximumSize) {
        return open(jdbcUrl, user, password, maximumSize, null);
    }

    /** @param meters where to publish the pool's metrics (size, usage, waits), or null for none */
    public static ConnectionPool open(String jdbcUrl, String user, String password, int maximumSize, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relations");
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumSize);
        // The pair lock relies on each statement seeing what the previous holder committed
        // (PostgreSQL's default, stated here so that no server setting can change it).
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // A request waits at most this long for a connection; then it is answered 503 rather than hanging.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        // Let the service start while the database is down; readiness says when it can serve.
        config.setInitializationFailTimeout(-1);
        // A stuck lock or a runaway statement must not pin a request thread: the pair lock waits at
        // most LOCK_TIMEOUT (then 55P03, answered 503), a statement runs at most STATEMENT_TIMEOUT.
        config.addDataSourceProperty("options",
                "-c lock_timeout=" + LOCK_TIMEOUT.toMillis() + " -c statement_timeout=" + STATEMENT_TIMEOUT.toMillis());
        if (meters != null) {
            config.setMetricRegistry(meters);
        }
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
