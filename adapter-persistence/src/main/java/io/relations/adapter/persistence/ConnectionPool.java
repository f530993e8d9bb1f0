package io.relations.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;

/** A HikariCP pool for {@link RelationsPersistence}; close it after the persistence that uses it. */
public final class ConnectionPool {

    private ConnectionPool() {
    }

    public static HikariDataSource open(String jdbcUrl, String user, String password, int maximumSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relations");
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumSize);
        // The pair lock relies on each statement seeing what the previous holder committed
        // (PostgreSQL's default, stated here so that no server setting can change it).
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setAutoCommit(true);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
