package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.schema.SchemaPlacement;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Services;
import io.relations.adapter.persistence.support.Sql;
import io.relations.adapter.persistence.testing.HostAppDatabase;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.UserStats;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relations embedded in a database that already belongs to another application: the host's own
 * tables and rows in {@code public}, its own Flyway history there, and Relations in a schema of
 * its own ({@link HostAppDatabase}). The host's pool keeps PostgreSQL's default {@code search_path},
 * which never names Relations' schema: a statement of the adapter that did not name the schema
 * would fail here.
 */
class EmbeddedInHostDatabaseOnPostgresTest {

    /** The adapter's tables: eleven of V1 to V3, three of V4 (the change log), three of V5 (webhooks). */
    private static final int TABLES = 17;

    private static final String SCHEMA = "relations";
    private static final UserId ADMINISTRATOR = UserId.parse("01900000-0000-7000-8000-00000000ad01");

    private static HostAppDatabase host;
    private static Sql sql;
    private static List<String> hostRowsBefore;
    private static List<String> hostHistoryBefore;
    private static RelationsPersistence persistence;
    private static Services services;

    @BeforeAll
    static void embedRelationsInTheHostDatabase() {
        host = HostAppDatabase.create();
        sql = new Sql(host.dataSource());
        hostRowsBefore = hostRows();
        hostHistoryBefore = hostHistory();
        persistence = host.embed(SCHEMA, new LockNamespace(1));
        services = Services.on(persistence);
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @Test
    void migrating_into_a_host_database_leaves_the_hosts_tables_rows_and_history_untouched() {
        assertThat(hostRowsBefore).containsExactly("account 1 | host account", "order 10 | 1 | 42.00");
        assertThat(hostHistoryBefore).hasSize(1);

        assertThat(hostRows()).isEqualTo(hostRowsBefore);
        assertThat(hostHistory()).isEqualTo(hostHistoryBefore);
        assertThat(sql.rows("select table_name from information_schema.tables where table_schema = 'public' order by 1"))
                .containsExactly("accounts", "flyway_schema_history", "orders");
    }

    @Test
    void the_tables_live_in_their_own_schema_and_the_history_in_their_own_table() {
        assertThat(sql.rows("select table_name from information_schema.tables where table_schema = ? and table_name like 'phoenix_kit%'", SCHEMA))
                .hasSize(TABLES);
        assertThat(sql.rows("select version from relations." + HostAppDatabase.HISTORY_TABLE + " where success and type = 'SQL' order by installed_rank"))
                .containsExactlyElementsOf(SchemaMigration.VERSIONS);
        assertThat(sql.rows("select table_schema from information_schema.tables where table_name = ?", HostAppDatabase.HISTORY_TABLE))
                .contains(SCHEMA).doesNotContain("public");
    }

    @Test
    void the_hosts_own_flyway_still_validates_and_has_nothing_to_migrate() {
        // Relations' migrations are not in Flyway's default location, so the host's Flyway knows only its own
        assertThat(HostAppDatabase.hostFlyway(host.dataSource()).info().all())
                .extracting(migration -> migration.getDescription()).containsExactly("host app accounts and orders");
        assertThat(HostAppDatabase.hostFlyway(host.dataSource()).validateWithResult().validationSuccessful).isTrue();
        assertThat(HostAppDatabase.hostFlyway(host.dataSource()).migrate().migrationsExecuted).isZero();
        assertThat(hostHistory()).isEqualTo(hostHistoryBefore);
    }

    @Test
    void validating_an_up_to_date_schema_passes_and_changes_nothing() {
        List<String> history = sql.rows("select installed_rank, version, checksum from relations." + HostAppDatabase.HISTORY_TABLE + " order by 1");

        try (RelationsPersistence validated = host.builder(SCHEMA).schemaManagement(SchemaManagement.VALIDATE).build()) {
            assertThat(validated.moduleSwitch().connectionsEnabled()).isTrue();
        }
        assertThat(sql.rows("select installed_rank, version, checksum from relations." + HostAppDatabase.HISTORY_TABLE + " order by 1"))
                .isEqualTo(history);
    }

    @Test
    void validating_a_missing_schema_fails_naming_it_and_creates_nothing() {
        assertThatThrownBy(() -> host.builder("relations_absent").schemaManagement(SchemaManagement.VALIDATE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relations_absent")
                .hasMessageContaining("not at version " + SchemaMigration.latestVersion());
        assertThat(sql.rows("select 1 from pg_namespace where nspname = 'relations_absent'")).isEmpty();
    }

    @Test
    void follows_blocks_and_lists_run_through_the_embedded_persistence() {
        // given
        UserId alice = newUser();
        UserId bob = newUser();
        UserId carol = newUser();

        // when
        value(services.commands().follow(alice, bob));
        value(services.commands().follow(carol, bob));
        value(services.commands().block(bob, carol, new BlockReason("spam")));

        // then
        assertThat(value(services.queries().listFollowers(alice, bob, PageRequest.first(10))).items())
                .extracting(ListedUser::user).containsExactly(alice);
        assertThat(value(services.queries().listBlocks(bob, Reader.OWNER, PageRequest.first(10))).items())
                .extracting(blocked -> blocked.user()).containsExactly(carol);
        assertThat(value(services.queries().userStats(alice, bob))).isEqualTo(new UserStats(1, 0, 0));
        assertThat(sql.rows("select action from relations.phoenix_kit_user_follows_history where followed_id = ? order by inserted_at, id", bob.value()))
                .containsExactly("follow", "follow", "unfollow");
        assertThat(InvariantChecker.violations(host.dataSource(), placement(SCHEMA))).isEmpty();
    }

    @Test
    void lookups_history_deletions_first_use_registrations_and_the_module_switch_run_there_too() {
        // given
        UserId alice = newUser();
        UserId bob = newUser();
        value(services.commands().follow(alice, bob));
        value(services.commands().requestConnection(bob, alice));
        value(services.commands().acceptConnectionRequest(alice, bob));

        // then: the batch lookup, the history, a deletion with its counters and tombstone, a
        // first-use registration refused by that tombstone, and the switch, each in the schema
        assertThat(value(services.queries().lookUpRelationships(alice, new RelationshipLookup(List.of(bob))))).hasSize(1);
        assertThat(value(services.queries().history(alice, Reader.OWNER, HistoryKind.CONNECTIONS, PageRequest.first(10))).items()).hasSize(2);
        assertThat(services.administration().deleteUser(bob, ADMINISTRATOR)).isTrue();
        assertThat(value(services.queries().userStats(newUser(), alice))).isEqualTo(new UserStats(0, 0, 0));
        assertThat(services.administration().registerCaller(bob)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
        services.administration().switchConnections(false, RelationsOnPostgres.ADMINISTRATOR);
        services.administration().switchConnections(true, RelationsOnPostgres.ADMINISTRATOR);
        assertThat(sql.rows("select value from relations.phoenix_kit_settings where key = 'connections_enabled'")).containsExactly("true");
        assertThat(InvariantChecker.violations(host.dataSource(), placement(SCHEMA))).isEmpty();
    }

    @Test
    void two_threads_commanding_one_pair_leave_it_consistent() throws Exception {
        // given
        UserId alice = newUser();
        UserId bob = newUser();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // when: each thread toggles the pair through every kind of change, a bounded number of times
            List<Future<?>> runs = List.of(
                    threads.submit(() -> toggle(alice, bob, 60)),
                    threads.submit(() -> toggle(bob, alice, 60)));
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        // then
        assertThat(InvariantChecker.violations(host.dataSource(), placement(SCHEMA))).isEmpty();
    }

    @Test
    void two_installations_in_two_schemas_of_one_database_do_not_wait_for_each_other_on_the_same_pair() throws Exception {
        // given a second installation, its own schema and namespace, with the same two users
        RelationsPersistence other = host.embed("relations_second", new LockNamespace(2));
        Services otherServices = Services.on(other);
        UserId alice = newUser();
        UserId bob = newUser();
        otherServices.administration().registerUser(alice, ADMINISTRATOR);
        otherServices.administration().registerUser(bob, ADMINISTRATOR);

        // when the first holds the pair's lock in an open transaction, the second follows on that pair
        Object outcome = whileFirstHoldsThePair(alice, bob, () -> otherServices.commands().follow(alice, bob));

        // then it did not wait for the first (a wait would end in the pool's lock timeout, a failure)
        assertThat(outcome).isNotInstanceOf(Throwable.class);
        assertThat(sql.rows("select count(*) from relations_second.phoenix_kit_user_follows")).containsExactly("1");
    }

    @Test
    void two_installations_sharing_a_namespace_would_wait_for_each_other_on_the_same_pair() throws Exception {
        // given a second installation in its own schema but, wrongly, the first one's namespace
        RelationsPersistence other = host.embed("relations_shared_namespace", new LockNamespace(1));
        Services otherServices = Services.on(other);
        UserId alice = newUser();
        UserId bob = newUser();
        otherServices.administration().registerUser(alice, ADMINISTRATOR);
        otherServices.administration().registerUser(bob, ADMINISTRATOR);

        // when
        Object outcome = whileFirstHoldsThePair(alice, bob, () -> otherServices.commands().follow(alice, bob));

        // then: it waited for the first installation's lock until the lock timeout
        assertThat(outcome).isInstanceOf(Throwable.class);
        assertThat(Database.isUnavailable((Throwable) outcome)).as("a lock timeout: %s", outcome).isTrue();
    }

    @Test
    void rolling_back_one_installation_drops_only_its_own_tables() {
        // given a third installation beside the first
        RelationsPersistence.Builder third = host.builder("relations_rolled_back").lockNamespace(new LockNamespace(3));
        third.build().close();

        // when
        third.rollBackSchema();

        // then
        assertThat(sql.rows("select table_name from information_schema.tables where table_schema = 'relations_rolled_back'"))
                .containsExactly(HostAppDatabase.HISTORY_TABLE);
        assertThat(sql.rows("select count(*) from relations_rolled_back." + HostAppDatabase.HISTORY_TABLE + " where version in ('1', '2', '3', '4')"))
                .containsExactly("0");
        assertThat(sql.rows("select count(*) from information_schema.tables where table_schema = ? and table_name like 'phoenix_kit%'", SCHEMA))
                .containsExactly(String.valueOf(TABLES));
        assertThat(hostRows()).isEqualTo(hostRowsBefore);
        assertThat(hostHistory()).isEqualTo(hostHistoryBefore);

        // and it migrates again
        third.build().close();
        assertThat(sql.rows("select count(*) from information_schema.tables where table_schema = 'relations_rolled_back' and table_name like 'phoenix_kit%'"))
                .containsExactly(String.valueOf(TABLES));
    }

    /**
     * Runs {@code command} while a transaction of the first installation holds the pair's lock,
     * and answers what it returned or threw.
     */
    private static Object whileFirstHoldsThePair(UserId alice, UserId bob, java.util.concurrent.Callable<?> command) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> persistence.pairTransactions().withPairLocked(alice, bob, pair -> {
                locked.countDown();
                try {
                    return done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).as("the first installation holds the pair").isTrue();
            Object outcome;
            try {
                outcome = command.call();
            } catch (RuntimeException failure) {
                outcome = failure;
            }
            done.countDown();
            holding.get(30, TimeUnit.SECONDS);
            return outcome;
        } finally {
            done.countDown();
            holder.shutdownNow();
        }
    }

    /**
     * Refusals (a follow while the other side blocks) are answers like any other here, and so is
     * "unavailable" (a lock wait beyond the pool's lock timeout, on a starved machine); any other
     * failure is thrown.
     */
    private static void toggle(UserId actor, UserId target, int rounds) {
        for (int round = 0; round < rounds; round++) {
            try {
                switch (round % 4) {
                    case 0 -> services.commands().follow(actor, target);
                    case 1 -> services.commands().requestConnection(actor, target);
                    case 2 -> services.commands().block(actor, target, BlockReason.NONE);
                    default -> services.commands().unblock(actor, target);
                }
            } catch (RuntimeException failure) {
                if (!Database.isUnavailable(failure)) {
                    throw failure;
                }
            }
        }
    }

    private static UserId newUser() {
        UserId user = UserId.of(UUID.randomUUID());
        services.administration().registerUser(user, ADMINISTRATOR);
        return user;
    }

    private static SchemaPlacement placement(String schema) {
        return new SchemaPlacement(Optional.of(schema), HostAppDatabase.HISTORY_TABLE);
    }

    private static List<String> hostRows() {
        return sql.rows("""
                select 'account ' || id, name from public.accounts
                union all
                select 'order ' || id, account_id || ' | ' || total from public.orders
                order by 1""");
    }

    private static List<String> hostHistory() {
        return sql.rows("select installed_rank, version, description, type, script, checksum, success from public.flyway_schema_history order by 1");
    }
}
