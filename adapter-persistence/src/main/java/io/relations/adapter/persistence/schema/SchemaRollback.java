package io.relations.adapter.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Undoes the migrations (Flyway's community edition has no "undo"): runs {@code db/rollback/V1__relations_down.sql},
 * which drops every table V1 made (and with them V2's index), and forgets every version in Flyway's
 * history, in one transaction, so that a later {@link SchemaMigration#migrate} creates the schema again.
 */
public final class SchemaRollback {

    private static final String DOWN_SCRIPT = "db/rollback/V1__relations_down.sql";

    private SchemaRollback() {
    }

    public static void rollback(DataSource dataSource) {
        String script = readDownScript();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
                if (flywayHistoryExists(connection)) {
                    statement.executeUpdate("delete from " + SchemaMigration.HISTORY_TABLE + " where version in ('"
                            + String.join("', '", SchemaMigration.VERSIONS) + "')");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rolling back the schema failed: " + e.getMessage(), e);
        }
    }

    private static boolean flywayHistoryExists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(null, connection.getSchema(), SchemaMigration.HISTORY_TABLE, null)) {
            return tables.next();
        }
    }

    private static String readDownScript() {
        try (InputStream in = SchemaRollback.class.getClassLoader().getResourceAsStream(DOWN_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(DOWN_SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
