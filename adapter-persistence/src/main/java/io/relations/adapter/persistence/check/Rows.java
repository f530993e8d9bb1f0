package io.relations.adapter.persistence.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reading whole tables over plain JDBC: the checker trusts nothing of the adapter it checks. */
final class Rows {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    static <T> List<T> all(Connection connection, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }

    /** Each row of the query as one line of text, columns joined by ", ". */
    static List<String> described(Connection connection, String sql) throws SQLException {
        return all(connection, sql, row -> {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                line.append(column > 1 ? ", " : "").append(row.getMetaData().getColumnLabel(column)).append('=').append(row.getString(column));
            }
            return line.toString();
        });
    }
}
