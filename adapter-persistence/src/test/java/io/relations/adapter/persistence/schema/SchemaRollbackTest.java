package io.relations.adapter.persistence.schema;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.persistence.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.support.Sql;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaRollbackTest {

    private static ConnectionPool pool;
    private static DataSource dataSource;
    private static Sql sql;

    @BeforeAll
    static void database() {
        ConnectionInfo database = TestDatabases.freshDatabase();
        pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 2);
        dataSource = pool.dataSource();
        sql = new Sql(dataSource);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void migrating_up_then_down_then_up_gives_the_same_schema_and_down_leaves_no_table_behind() {
        // given the migrated schema
        SchemaMigration.migrate(dataSource);
        List<String> first = catalog();

        // when it is rolled back
        SchemaRollback.rollback(dataSource);

        // then no table of V1, V3 or V4 is left, and Flyway no longer counts any version as applied
        assertThat(sql.rows("select table_name from information_schema.tables where table_name like 'phoenix_kit%'")).isEmpty();
        assertThat(sql.count("select count(*) from flyway_schema_history where version in ('1', '2', '3', '4')")).isZero();

        // when it is migrated again
        int applied = SchemaMigration.migrate(dataSource);

        // then every migration ran again and built exactly the same schema, seed included
        assertThat(applied).isEqualTo(SchemaMigration.VERSIONS.size());
        assertThat(catalog()).isEqualTo(first);
        assertThat(sql.rows("select value from phoenix_kit_settings where key = 'connections_enabled'")).containsExactly("true");
        System.out.printf("schema V1..V%s: %d catalog lines identical after up -> down -> up%n", SchemaMigration.latestVersion(), first.size());
    }

    @Test
    void v3s_down_script_leaves_the_schema_exactly_as_v2_left_it() {
        // given the schema at V2, then at V3
        SchemaRollback.rollback(dataSource);
        migrateTo("2");
        List<String> atV2 = catalog();
        migrateTo("3");
        assertThat(catalog()).isNotEqualTo(atV2);

        // when only V3's down script runs
        sql.execute(SchemaRollback.readDownScript(downScript("V3__")));

        // then
        assertThat(catalog()).isEqualTo(atV2);
        assertThat(sql.rows("select table_name from information_schema.tables where table_name like 'phoenix_kit_deleted%'")).isEmpty();
        SchemaRollback.rollback(dataSource);
        SchemaMigration.migrate(dataSource);
    }

    @Test
    void v4s_down_script_leaves_the_schema_exactly_as_v3_left_it() {
        // given the schema at V3, then at V4
        SchemaRollback.rollback(dataSource);
        migrateTo("3");
        List<String> atV3 = catalog();
        migrateTo("4");
        assertThat(catalog()).isNotEqualTo(atV3);

        // when only V4's down script runs
        sql.execute(SchemaRollback.readDownScript(downScript("V4__")));

        // then
        assertThat(catalog()).isEqualTo(atV3);
        assertThat(sql.rows("select table_name from information_schema.tables where table_name like 'phoenix_kit_change%'")).isEmpty();
    }

    @Test
    void v5s_down_script_leaves_the_schema_as_v4_left_it_and_forgets_the_subscriptions_positions() {
        // given the schema at V4, then at V5 with a subscription's position and another consumer's
        SchemaRollback.rollback(dataSource);
        migrateTo("4");
        List<String> atV4 = catalog();
        SchemaMigration.migrate(dataSource);
        assertThat(catalog()).isNotEqualTo(atV4);
        sql.execute("""
                insert into phoenix_kit_change_consumers (name, transaction_id, sequence_id, updated_at) values
                ('webhook:01900000-0000-7000-8000-000000000001', '1', 1, now()), ('kafka', '1', 1, now())""");

        // when only V5's down script runs
        sql.execute(SchemaRollback.readDownScript(downScript("V5__")));

        // then
        assertThat(catalog()).isEqualTo(atV4);
        assertThat(sql.rows("select name from phoenix_kit_change_consumers")).containsExactly("kafka");
        SchemaRollback.rollback(dataSource);
        SchemaMigration.migrate(dataSource);
    }

    private static void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations(SchemaMigration.LOCATION).table(SchemaMigration.HISTORY_TABLE)
                .target(version).load().migrate();
    }

    /** The down script of one version, found by its name's prefix: the list grows at its head with every migration. */
    private static String downScript(String version) {
        return SchemaRollback.DOWN_SCRIPTS.stream()
                .filter(script -> script.substring(script.lastIndexOf('/') + 1).startsWith(version))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> catalog() {
        List<String> lines = new ArrayList<>();
        sql.rows("""
                select table_name, ordinal_position, column_name, data_type, is_nullable, column_default
                from information_schema.columns where table_name like 'phoenix_kit%'
                order by table_name, ordinal_position""").forEach(row -> lines.add("column " + row));
        sql.rows("""
                select tablename, indexname, indexdef from pg_indexes where tablename like 'phoenix_kit%'
                order by tablename, indexname""").forEach(row -> lines.add("index " + row));
        sql.rows("""
                select conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) from pg_constraint
                where conrelid::regclass::text like 'phoenix_kit%' order by 1, 2""").forEach(row -> lines.add("constraint " + row));
        return lines;
    }
}
