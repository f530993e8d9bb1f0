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
    /** The longest a statement of the pool's connections waits for a lock (then SQLSTATE 55P03, answered 503). */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(3);
    /** The longest a statement of the pool's connections runs (then SQLSTATE 57014, answered 503). */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long after its last use a connection is handed out without a check. HikariCP checks a
     * connection on borrow once it has been idle longer than its bypass window (500 ms by
     * default), and pgjdbc's check ({@code isValid}) is a query: with requests a few hundred
     * milliseconds apart per connection, nearly every request paid one more round trip. A busy
     * pool reuses its connections far more often than this; a connection idle for longer is
     * checked on borrow as before, and {@link #KEEPALIVE} checks idle ones in the background.
     * The price: a connection that broke within this window of its last use (a server restart,
     * a failover) fails its request's first statement; HikariCP then evicts it (a connection
     * error's SQLState, 08xxx or 57P01), and the request is answered 503 like any database
     * failure, at most once per pooled connection.
     */
    static final Duration TRUSTED_AFTER_USE = Duration.ofSeconds(30);
    /**
     * How often HikariCP checks an idle connection in the background: dead ones are replaced
     * before a request borrows them, and idle TCP connections are kept open through firewalls
     * and NAT that drop silent ones after minutes.
     */
    static final Duration KEEPALIVE = Duration.ofMinutes(2);
    /**
     * pgjdbc's default, stated because the hot paths rely on it: from its fifth execution on a
     * connection a statement runs as a named server-side prepared statement (parsed and planned
     * once), which pgjdbc keeps per connection in its statement cache (256 statements by default).
     */
    static final int PREPARE_THRESHOLD = 5;
    /** HikariCP reads its bypass window from this system property only, when a pool is built. */
    private static final String BYPASS_WINDOW_PROPERTY = "com.zaxxer.hikari.aliveBypassWindowMs";

    private final HikariDataSource pool;

    private ConnectionPool(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * A pool without metrics; see {@link #open(String, String, String, int, MeterRegistry)}.
     *
     * @param jdbcUrl a PostgreSQL JDBC URL
     * @param user the login
     * @param password its password
     * @param maximumSize the most connections the pool opens
     * @return the pool, which connects in the background (the start does not wait for the database)
     */
    public static ConnectionPool open(String jdbcUrl, String user, String password, int maximumSize) {
        return open(jdbcUrl, user, password, maximumSize, null);
    }

    /**
     * A pool whose connections have the {@link #LOCK_TIMEOUT} and {@link #STATEMENT_TIMEOUT},
     * READ COMMITTED, one plan per statement, and wait at most 3 s to be borrowed.
     *
     * @param jdbcUrl a PostgreSQL JDBC URL
     * @param user the login
     * @param password its password
     * @param maximumSize the most connections the pool opens
     * @param meters where to publish the pool's metrics (size, usage, waits), or null for none
     * @return the pool, which connects in the background (the start does not wait for the database)
     */
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
                "-c lock_timeout=" + LOCK_TIMEOUT.toMillis() + " -c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                        // Every statement is planned once per connection: each is written so that its one
                        // plan probes indexes whatever the values (KeysetPlansOnPostgresTest checks the
                        // generic plans), while PostgreSQL's default would re-plan the pair-rows union for
                        // every command, since for one id its custom plan looks cheaper than the generic
                        // one, and that planning cost more than running it.
                        + " -c plan_cache_mode=force_generic_plan");
        config.addDataSourceProperty("prepareThreshold", Integer.toString(PREPARE_THRESHOLD));
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        if (meters != null) {
            config.setMetricRegistry(meters);
        }
        return new ConnectionPool(build(config));
    }

    /** The pool, built with {@link #TRUSTED_AFTER_USE} as its bypass window unless {@code -Dcom.zaxxer.hikari.aliveBypassWindowMs} says otherwise. */
    private static synchronized HikariDataSource build(HikariConfig config) {
        boolean chosenByOperator = System.getProperty(BYPASS_WINDOW_PROPERTY) != null;
        if (!chosenByOperator) {
            System.setProperty(BYPASS_WINDOW_PROPERTY, Long.toString(TRUSTED_AFTER_USE.toMillis()));
        }
        try {
            return new HikariDataSource(config);
        } finally {
            if (!chosenByOperator) {
                System.clearProperty(BYPASS_WINDOW_PROPERTY);
            }
        }
    }

    /** {@return the pool as a data source; closing its connections gives them back} */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Closes every connection: the idle ones now, the ones in use when they are given back; new ones
     * are opened as they are needed. For after the server restarted: a connection trusted without a
     * check (above) would otherwise fail once per pooled connection before the pool replaced it.
     */
    public void replaceConnections() {
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
