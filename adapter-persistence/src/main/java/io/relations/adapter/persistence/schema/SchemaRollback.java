package io.relations.adapter.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Undoes the migrations (Flyway's community edition has no "undo"): runs the down scripts newest
 * first, {@code rollback/V5__webhooks_down.sql} (the webhook subscriptions), {@code rollback/V4__change_log_down.sql} (the change log), {@code rollback/V3__deleted_users_down.sql} (V3's tables) then
 * {@code rollback/V1__relations_down.sql} (every table V1 made, and with them V2's index), and
 * forgets every version in Flyway's history, in one transaction, so that a later
 * {@link SchemaMigration#migrate} creates the schema again. With a schema named, the scripts run
 * with the transaction's {@code search_path} set to that schema alone ({@code set local}, gone at
 * the end of the transaction, so the connection goes back to its pool as it came), and the history
 * is the placement's table; a schema Flyway created is left in place, empty, with its history.
 */
public final class SchemaRollback {

    /** Newest first; V2 changed only an index of V1's, which V1's script drops with its table. */
    static final List<String> DOWN_SCRIPTS = List.of(
            "/io/relations/adapter/persistence/rollback/V5__webhooks_down.sql",
            "/io/relations/adapter/persistence/rollback/V4__change_log_down.sql",
            "/io/relations/adapter/persistence/rollback/V3__deleted_users_down.sql",
            "/io/relations/adapter/persistence/rollback/V1__relations_down.sql");

    private SchemaRollback() {
    }

    /** Rolls back the connection's current schema, history in {@link SchemaMigration#HISTORY_TABLE}. */
    public static void rollback(DataSource dataSource) {
        rollback(dataSource, SchemaPlacement.DEFAULT);
    }

    /** Rolls back the schema of {@code placement}; nothing else may be using it. */
    public static void rollback(DataSource dataSource, SchemaPlacement placement) {
        List<String> scripts = DOWN_SCRIPTS.stream().map(SchemaRollback::readDownScript).toList();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (placement.schema().isPresent()) {
                    statement.execute("set local search_path to " + placement.schema().get());
                }
                for (String script : scripts) {
                    statement.execute(script);
                }
                if (historyExists(statement, placement)) {
                    statement.executeUpdate("delete from " + placement.qualified(placement.historyTable()) + " where version in ('"
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

    private static boolean historyExists(Statement statement, SchemaPlacement placement) throws SQLException {
        try (ResultSet found = statement.executeQuery("select to_regclass('" + placement.qualified(placement.historyTable()) + "') is not null")) {
            return found.next() && found.getBoolean(1);
        }
    }

    static String readDownScript(String path) {
        try (InputStream in = SchemaRollback.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
