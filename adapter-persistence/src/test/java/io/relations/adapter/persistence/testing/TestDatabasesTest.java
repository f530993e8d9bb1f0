package io.relations.adapter.persistence.testing;

import io.relations.embedded.postgres.ConnectionInfo;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTest {

    @Test
    void fresh_databases_are_separate_copies_of_the_template() throws SQLException {
        TestDatabases databases = new TestDatabases(TestDatabases.shared().server(), template -> execute(template,
                "create table marker (word text); insert into marker values ('from the template')"));
        try {
            long startedAt = System.nanoTime();
            ConnectionInfo first = databases.createDatabase();
            Timings.print("fresh database from the template", startedAt);
            ConnectionInfo second = databases.createDatabase();

            execute(first.dataSource(), "insert into marker values ('only in the first')");

            assertThat(query(first, "select count(*) from marker")).isEqualTo("2");
            assertThat(query(second, "select string_agg(word, ',') from marker")).isEqualTo("from the template");
        } finally {
            databases.dropAll();
        }
    }

    @Test
    void each_fresh_database_is_a_database_of_its_own() throws SQLException {
        long startedAt = System.nanoTime();
        ConnectionInfo first = TestDatabases.freshDatabase();
        Timings.print("first freshDatabase() in this JVM (server + template if new)", startedAt);
        startedAt = System.nanoTime();
        int count = 10;
        ConnectionInfo last = first;
        for (int i = 0; i < count; i++) {
            last = TestDatabases.freshDatabase();
        }
        Timings.print("freshDatabase(), average of " + count, startedAt + (System.nanoTime() - startedAt) * (count - 1) / count);

        assertThat(query(first, "select current_database()")).isNotEqualTo(query(last, "select current_database()"));
    }

    private static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(ConnectionInfo database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
