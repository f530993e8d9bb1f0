package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.Database;
import io.relations.adapter.persistence.DatabaseAddress;
import io.relations.adapter.persistence.testing.TestDatabases;
import io.relations.bootstrap.config.RelationsConfig;
import io.relations.embedded.postgres.ConnectionInfo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db rollback} on the service's configuration: where the service's defaults place the schema, nothing else. */
class DatabaseRollbackCommandTest {

    @TempDir
    Path dataDirectory;

    @Test
    void db_rollback_drops_the_services_tables_and_forgets_them_and_the_next_start_migrates_them_again() throws SQLException {
        // given a database the service migrated
        ConnectionInfo database = TestDatabases.freshDatabase();
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_DB_URL", database.jdbcUrl(),
                "RELATIONS_DB_USER", database.user(),
                "RELATIONS_DB_PASSWORD", database.password(),
                "RELATIONS_DATA_DIR", dataDirectory.toString()));

        // when
        RelationsService.rollbackSchema(config);

        // then
        DataSource plain = database.dataSource();
        assertThat(count(plain, "select count(*) from information_schema.tables where table_name like 'phoenix_kit%'")).isZero();
        assertThat(count(plain, "select count(*) from flyway_schema_history where version in ('1', '2', '3', '4')")).isZero();

        // and when the service starts on it again, it migrates and is ready
        try (Database reopened = Database.open(new DatabaseAddress(database.jdbcUrl(), database.user(), database.password()), 2, true, null)) {
            assertThat(reopened.isReady()).isTrue();
        }
        assertThat(count(plain, "select count(*) from information_schema.tables where table_name like 'phoenix_kit%'")).isEqualTo(17); // V1 to V3: 11, V4 (change log): 3, V5 (webhooks): 3
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
