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
import java.util.List;
import javax.sql.DataSource;

/**
 * Undoes the migrations (Flyway's community edition has no "undo"): runs the down scripts newest
 * first, {@code db/rollback/V3__deleted_users_down.sql} (V3's tables) then
 * {@code db/rollback/V1__relations_down.sql} (every table V1 made, and with them V2's index), and
 * forgets every version in Flyway's history, in one transaction, so that a later
 * {@link SchemaMigration#migrate} creates the schema again.
 */
public final class SchemaRollback {

    /** Newest first; V2 changed only an index of V1's, which V1's script drops with its table. */
    static final List<String> DOWN_SCRIPTS = List.of("db/rollback/V3__deleted_users_down.sql", "db/rollback/V1__relations_down.sql");

    private SchemaRollback() {
    }

    public static void rollback(DataSource dataSource) {
        List<String> scripts = DOWN_SCRIPTS.stream().map(SchemaRollback::readDownScript).toList();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String script : scripts) {
                    statement.execute(script);
                }
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

    static String readDownScript(String path) {
        try (InputStream in = SchemaRollback.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
