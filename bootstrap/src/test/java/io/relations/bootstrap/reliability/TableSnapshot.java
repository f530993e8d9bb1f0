package io.relations.bootstrap.reliability;

import io.relations.adapter.persistence.schema.SchemaMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Every row of every table of the service (settings, users, relationships, history, counters), as
 * text, read by one statement and so from one snapshot: two of them tell how many rows changed
 * in between.
 */
final class TableSnapshot {

    private final Map<String, Integer> rows;

    private TableSnapshot(Map<String, Integer> rows) {
        this.rows = rows;
    }

    static TableSnapshot of(DataSource tables) {
        try (Connection connection = tables.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables: " + e.getMessage(), e);
        }
    }

    /** On a connection the caller keeps open: many snapshots in a row cost no new connection each. */
    static TableSnapshot of(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            Map<String, Integer> rows = new HashMap<>();
            try (ResultSet all = statement.executeQuery(everyRowQuery(tableNames(statement)))) {
                while (all.next()) {
                    rows.merge(all.getString(1) + ": " + all.getString(2), 1, Integer::sum);
                }
            }
            return new TableSnapshot(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables: " + e.getMessage(), e);
        }
    }

    /** Rows added plus rows removed (a changed row counts twice: its old and its new text). */
    int rowsChangedSince(TableSnapshot earlier) {
        Set<String> texts = new HashSet<>(rows.keySet());
        texts.addAll(earlier.rows.keySet());
        return texts.stream().mapToInt(text -> Math.abs(rows.getOrDefault(text, 0) - earlier.rows.getOrDefault(text, 0))).sum();
    }

    int size() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> tableNames(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
            while (tables.next()) {
                names.add(tables.getString(1));
            }
        }
        names.remove(SchemaMigration.HISTORY_TABLE);
        return names;
    }

    private static String everyRowQuery(List<String> tables) {
        return tables.stream()
                .map(table -> "select '" + table + "', t::text from " + table + " t")
                .collect(Collectors.joining(" union all "));
    }
}
