package io.relations.adapter.persistence.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows of the change log written straight into the table, on a JDBC connection whose transaction
 * the test controls: a reader's test needs transactions it can hold open, commit out of order and
 * roll back, whatever the storage's writers do. Each row is a {@code user.registered} of a new
 * user, its id the user's.
 */
final class ChangeRowWriter {

    private static final String INSERT = """
            insert into phoenix_kit_change_log (id, type, type_version, privacy, subject, actor_id, occurred_at, data)
            values (?, 'user.registered', 1, ?, 'user:' || ?, ?, ?, jsonb_build_object('user', ?))""";

    private ChangeRowWriter() {
    }

    /** Inserts one change in the connection's current transaction; the change's id. */
    static UUID insert(Connection connection, String privacy, Instant occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, id);
            statement.setString(2, privacy);
            statement.setString(3, id.toString());
            statement.setObject(4, id);
            statement.setTimestamp(5, Timestamp.from(occurredAt));
            statement.setString(6, id.toString());
            statement.executeUpdate();
        }
        return id;
    }

    /** Inserts one public change of now in the connection's current transaction. */
    static UUID insert(Connection connection) throws SQLException {
        return insert(connection, "public", Instant.now());
    }
}
