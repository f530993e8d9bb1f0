package io.relations.adapter.persistence.read;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.persistence.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.support.Sql;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Each list query, first page and after a cursor, on tables of 100k+ rows where one "popular"
 * user is in 100k rows of each: the plan walks an index in list order and never sorts.
 */
class KeysetPlansOnPostgresTest {

    private static final UUID POPULAR = UUID.fromString("01900000-0000-7000-8000-000000000001");
    private static final int USERS = 100_000;

    private static ConnectionPool pool;
    private static DataSource dataSource;

    @BeforeAll
    static void manyRows() {
        ConnectionInfo database = TestDatabases.freshDatabase();
        pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 2);
        dataSource = pool.dataSource();
        SchemaMigration.migrate(dataSource);
        // Loaded without the pool's statement timeout, which is the service's and would cut the
        // bulk inserts short on a loaded machine; so on connections of their own (hence no temporary table).
        // As a replica applies rows: the foreign keys' checks, a trigger per row, are skipped; the rows
        // are consistent by construction, and the plans below do not depend on how they were written.
        // Only a superuser may say so (the embedded server's role is one; an external server's need
        // not be, and loads with the checks).
        PGSimpleDataSource loader = (PGSimpleDataSource) database.dataSource();
        boolean superuser = new Sql(loader).rows("select current_setting('is_superuser')").get(0).equals("on");
        loader.setOptions((superuser ? "-c session_replication_role=replica " : "") + "-c maintenance_work_mem=128MB");
        Sql sql = new Sql(loader);
        long started = System.nanoTime();
        // The indexes no constraint owns are built once after the load, from their own definitions,
        // instead of being kept up row by row; the constraints' own stay and guard the load.
        String ownedByNoConstraint = """
                from pg_index i join pg_class t on t.oid = i.indrelid
                where t.relnamespace = to_regnamespace(current_schema()) and t.relname like 'phoenix\\_kit\\_user%'
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by i.indexrelid""";
        List<String> indexes = sql.rows("select pg_get_indexdef(i.indexrelid) " + ownedByNoConstraint);
        sql.rows("select indexrelid::regclass::text " + ownedByNoConstraint).forEach(index -> sql.execute("drop index " + index));
        sql.execute("insert into phoenix_kit_users (id) values (?)", POPULAR);
        sql.execute("""
                insert into phoenix_kit_users (id)
                select gen_random_uuid() from generate_series(1, %d)""".formatted(USERS));
        sql.execute("""
                create unlogged table others as
                select id, row_number() over () as n, now() - random() * interval '365 days' as at
                from phoenix_kit_users where id <> ?""", POPULAR);
        // Every user follows the popular one; the popular one follows half of them; and 100k follows between others.
        sql.execute("insert into phoenix_kit_user_follows select gen_random_uuid(), id, ?, at from others", POPULAR);
        sql.execute("insert into phoenix_kit_user_follows select gen_random_uuid(), ?, id, at from others where n % 2 = 0", POPULAR);
        sql.execute("""
                insert into phoenix_kit_user_follows
                select gen_random_uuid(), a.id, b.id, a.at from others a join others b on b.n = a.n % 99991 + 1 where a.id <> b.id
                on conflict do nothing""");
        // A connection with each: asked by either side, two thirds accepted.
        sql.execute("""
                insert into phoenix_kit_user_connections
                select gen_random_uuid(),
                       case when n % 2 = 0 then ? else id end, case when n % 2 = 0 then id else ? end,
                       case when n % 3 = 0 then 'pending' else 'accepted' end,
                       at, case when n % 3 = 0 then null else at + interval '1 hour' end, at, at
                from others""", POPULAR, POPULAR);
        sql.execute("insert into phoenix_kit_user_blocks select gen_random_uuid(), ?, id, 'reason ' || n, at from others", POPULAR);
        sql.execute("""
                insert into phoenix_kit_user_follows_history
                select gen_random_uuid(), case when n % 2 = 0 then ? else id end, case when n % 2 = 0 then id else ? end, ?,
                       case when n % 5 = 0 then 'unfollow' else 'follow' end, at from others""", POPULAR, POPULAR, POPULAR);
        sql.execute("""
                insert into phoenix_kit_user_connections_history
                select gen_random_uuid(), least(id, ?), greatest(id, ?), id, 'requested', at from others""", POPULAR, POPULAR);
        sql.execute("""
                insert into phoenix_kit_user_blocks_history
                select gen_random_uuid(), case when n % 2 = 0 then ? else id end, case when n % 2 = 0 then id else ? end, ?,
                       'block', null, at from others""", POPULAR, POPULAR, POPULAR);
        sql.execute("drop table others");
        indexes.forEach(sql::execute);
        sql.execute("vacuum analyze");
        System.out.printf("keyset plans: %s rows in the six relationship tables, %d indexes built after them, generated in %d ms%n",
                sql.rows("""
                        select (select count(*) from phoenix_kit_user_follows) || ' follows, '
                            || (select count(*) from phoenix_kit_user_connections) || ' connections, '
                            || (select count(*) from phoenix_kit_user_blocks) || ' blocks, '
                            || (select count(*) from phoenix_kit_user_follows_history) || '+'
                            || (select count(*) from phoenix_kit_user_connections_history) || '+'
                            || (select count(*) from phoenix_kit_user_blocks_history) || ' history'""").get(0),
                indexes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @ParameterizedTest(name = "{0} walks an index in list order without sorting, on every page")
    @EnumSource(KeysetQuery.class)
    void each_list_query_walks_an_index_in_list_order_without_sorting(KeysetQuery query) throws SQLException {
        PageCursor middle = new PageCursor(Instant.now().minusSeconds(180L * 24 * 3600), UUID.fromString("80000000-0000-7000-8000-000000000000"));
        for (PageRequest page : List.of(PageRequest.first(20), PageRequest.after(middle, 20))) {
            // when: planned for these values, and as the generic plan a warm connection keeps
            List<String> custom = explain(query.sql(page), query.parameters(POPULAR, page));
            List<String> generic = genericPlan(numbered(query.sql(page)), query.parameters(POPULAR, page).stream()
                    .map(value -> value instanceof Number ? value.toString() : "'" + value + "'").toArray(String[]::new));
            for (List<String> plan : List.of(custom, generic)) {
                // then
                System.out.printf("%n%s, %s:%n%s%n%s%n", query, page.after().isPresent() ? "after a cursor" : "first page",
                        query.sql(page), String.join("\n", plan));
                List<String> nodes = plan.stream().filter(line -> line.contains("(cost=")).map(KeysetPlansOnPostgresTest::nodeName).toList();
                assertThat(nodes).as("plan nodes").anyMatch(node -> node.startsWith("Index Scan") || node.startsWith("Index Only Scan"));
                assertThat(nodes).as("plan nodes").noneMatch(node -> node.equals("Sort") || node.startsWith("Incremental Sort")
                        || node.startsWith("Seq Scan") || node.startsWith("Bitmap"));
            }
        }
    }

    /** JDBC's {@code ?} placeholders as PostgreSQL's {@code $1, $2, …}, for PREPARE. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            out.append(c == '?' ? "$" + next++ : String.valueOf(c));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "the pair rows statement probes a unique index per pair ({0})")
    @ValueSource(booleans = {false, true})
    void the_pair_rows_statement_probes_a_unique_index_per_pair_whatever_the_statistics_say(boolean locking) throws Exception {
        // given: the popular user (100k rows in each table) and 100 others
        List<UUID> others = new Sql(dataSource).rows("select id::text from phoenix_kit_users where id <> ? limit 100", POPULAR)
                .stream().map(UUID::fromString).toList();
        String sql = PairRows.withLiterals(locking, POPULAR, others);

        // when: planned for these values, and as the prepared statement's generic plan (what a
        // warm connection runs: pgjdbc prepares it, PostgreSQL may keep one plan for all values)
        List<String> plan = explain(sql, List.of());
        List<String> generic = genericPlan(PairRows.sql(locking).replace("?1", "$1").replace("?2", "$2"),
                "'{" + others.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",")) + "}'", "'" + POPULAR + "'");
        assertPairProbes(locking ? "locking" : "reading", plan);
        assertPairProbes((locking ? "locking" : "reading") + ", generic plan", generic);
    }

    private static void assertPairProbes(String name, List<String> plan) {

        // then: each branch joins the 100 ids to an index on both columns of the pair, probe by
        // probe (no filter after it): nothing walks all of the popular user's rows
        System.out.printf("%npair rows, %s:%n%s%n", name, String.join("\n", plan));
        List<String> nodes = plan.stream().filter(line -> line.contains("(cost=")).map(KeysetPlansOnPostgresTest::nodeName).toList();
        for (String table : List.of("phoenix_kit_user_follows", "phoenix_kit_user_connections", "phoenix_kit_user_blocks")) {
            assertThat(nodes).as("plan nodes on " + table).filteredOn(node -> node.endsWith(" " + table) || node.contains(" on " + table + " "))
                    .isNotEmpty()
                    .allMatch(node -> node.startsWith("Index Scan") || node.startsWith("Index Only Scan"));
        }
        // The users (phoenix_kit_users) are found by their primary key, as a bitmap of up to 101 probes or one by one.
        assertThat(nodes).as("plan nodes").noneMatch(node -> node.startsWith("Seq Scan on phoenix_kit_user")
                || node.startsWith("Bitmap Heap Scan on phoenix_kit_user_") || node.equals("Sort"));
    }

    /** "->  Index Scan using x on y  (cost=...)" gives "Index Scan using x on y". */
    private static String nodeName(String line) {
        String node = line.strip();
        node = node.startsWith("->") ? node.substring(2).strip() : node;
        return node.substring(0, node.indexOf("  (cost="));
    }

    /** The generic plan of {@code sql} (parameters $1, $2, …) prepared on one connection, for these literal values. */
    private static List<String> genericPlan(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("prepare pair_rows as " + sql);
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("explain execute pair_rows(" + String.join(", ", values) + ")")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            } finally {
                statement.execute("deallocate pair_rows");
                statement.execute("reset plan_cache_mode");
            }
            return plan;
        }
    }

    private static List<String> explain(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                statement.setObject(i + 1, parameter instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : parameter);
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            return plan;
        }
    }
}
