package io.relations.archfixture.frameworksintestkit.testkit.memory;

import java.sql.Connection;
import java.sql.SQLException;

/** Broken on purpose: an "in-memory" port over JDBC (an H2 URL, say), so every user needs a driver. */
public final class JdbcMemoryStore {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
