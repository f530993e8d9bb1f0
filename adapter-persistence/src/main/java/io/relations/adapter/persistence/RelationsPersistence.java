package io.relations.adapter.persistence;

import io.relations.adapter.persistence.change.PostgresChangeLog;
import io.relations.adapter.persistence.change.PostgresConsumerPositions;
import io.relations.adapter.persistence.counter.StripedCounters;
import io.relations.adapter.persistence.directory.PostgresUserDirectory;
import io.relations.adapter.persistence.directory.SettingsModuleSwitch;
import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.BlockHistoryEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.ConnectionHistoryEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.entity.FollowHistoryEntity;
import io.relations.adapter.persistence.entity.SettingEntity;
import io.relations.adapter.persistence.entity.UserEntity;
import io.relations.adapter.persistence.id.UuidV7Ids;
import io.relations.adapter.persistence.read.KeysetLists;
import io.relations.adapter.persistence.read.PostgresRelationshipLookups;
import io.relations.adapter.persistence.read.StripedStats;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.schema.SchemaRollback;
import io.relations.adapter.persistence.schema.SchemaPlacement;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.write.PostgresPairTransactions;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.adapter.persistence.webhook.PostgresDeliveryAttempts;
import io.relations.adapter.persistence.webhook.PostgresWebhookSubscriptions;
import io.relations.adapter.persistence.webhook.SecretSealing;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.PairTransactions;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.application.port.out.UserDirectory;
import io.relations.application.port.out.UserStatistics;
import io.relations.application.port.out.WebhookSubscriptions;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The persistence adapter on PostgreSQL, built from a {@link DataSource} without any container or
 * {@code persistence.xml} ({@link #builder}): it migrates or validates its schema, starts Hibernate
 * on the data source, checks the entities against the tables, and hands out one object per
 * outbound port of the application. Every object it hands out is safe to share between threads.
 *
 * <p>Embedded in another application's database, the adapter keeps to what the builder names: its
 * tables and its Flyway history live in their own schema (every statement it sends names that
 * schema, whatever the connections' {@code search_path}), its migrations are not where the
 * application's own Flyway looks, and its advisory locks are in their own {@link LockNamespace}.
 * It does not close the data source: close the adapter first, then the pool.
 */
public final class RelationsPersistence implements AutoCloseable {

    private static final List<Class<?>> ENTITIES = List.of(
            UserEntity.class, SettingEntity.class,
            FollowEntity.class, FollowHistoryEntity.class,
            ConnectionEntity.class, ConnectionHistoryEntity.class,
            BlockEntity.class, BlockHistoryEntity.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ModuleSwitch moduleSwitch;
    private final UserDirectory users;
    private final PairTransactions pairTransactions;
    private final KeysetLists lists;
    private final UserStatistics statistics;
    private final RelationshipLookups lookups;
    private final IdGenerator ids = new UuidV7Ids();
    private final ChangeLog changeLog;
    private final ConsumerPositions consumerPositions;
    private final WebhookSubscriptions webhookSubscriptions;
    private final DeliveryAttempts deliveryAttempts;

    private RelationsPersistence(EntityManagerFactory entityManagerFactory, AdvisoryLocks locks, SecretSealing sealing) {
        this.entityManagerFactory = entityManagerFactory;
        Transactions transactions = new Transactions(entityManagerFactory.unwrap(SessionFactory.class));
        StripedCounters counters = new StripedCounters();
        this.moduleSwitch = new SettingsModuleSwitch(transactions, Clock.systemUTC(), ids, locks);
        this.users = new PostgresUserDirectory(transactions, counters, ids, Clock.systemUTC(), locks);
        this.pairTransactions = new PostgresPairTransactions(transactions, counters, locks);
        this.lists = new KeysetLists(transactions);
        this.statistics = new StripedStats(transactions);
        this.lookups = new PostgresRelationshipLookups(transactions);
        this.changeLog = new PostgresChangeLog(transactions);
        this.consumerPositions = new PostgresConsumerPositions(transactions, locks);
        this.webhookSubscriptions = new PostgresWebhookSubscriptions(transactions, sealing);
        this.deliveryAttempts = new PostgresDeliveryAttempts(transactions);
    }

    /**
     * Starts a builder on {@code dataSource}, the connections every port's transactions run on.
     * Its defaults are the service's: the connections' current schema, Flyway's history table
     * {@code flyway_schema_history}, {@link SchemaManagement#MIGRATE}, {@link LockNamespace#DEFAULT}.
     *
     * @param dataSource a pool, ideally; the adapter borrows one connection per transaction
     * @return a builder with the defaults
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * What the adapter is built with. Each setter replaces the value it names and returns this
     * builder; a builder is not meant to be shared between threads.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private Optional<DataSource> migrationDataSource = Optional.empty();
        private SchemaPlacement placement = SchemaPlacement.DEFAULT;
        private SchemaManagement schemaManagement = SchemaManagement.MIGRATE;
        private LockNamespace lockNamespace = LockNamespace.DEFAULT;
        private SecretSealing sealing = SecretSealing.none();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The schema that holds the adapter's tables and its history table, created by the
         * migration if it does not exist; by default none is named and the connections' current
         * schema ({@code current_schema()}, {@code public} on a new database) is used, as the
         * service always did. Embedded in another application's database, name one of its own:
         * then every statement is qualified with it, and Flyway looks at no other schema.
         *
         * @param schema a lower-case SQL identifier (a-z, 0-9, _), not starting with a digit or {@code pg_}
         * @return this builder
         * @throws IllegalArgumentException if the name is not such an identifier
         */
        public Builder schema(String schema) {
            this.placement = new SchemaPlacement(Optional.of(Objects.requireNonNull(schema, "schema")), placement.historyTable());
            return this;
        }

        /**
         * The name of the Flyway history table, in the adapter's schema; {@code flyway_schema_history}
         * by default. A name of its own (such as {@code relations_schema_history}) keeps it apart
         * from the application's history even to a reader who forgets the schema.
         *
         * @param historyTable a lower-case SQL identifier, as for {@link #schema}
         * @return this builder
         * @throws IllegalArgumentException if the name is not such an identifier
         */
        public Builder historyTable(String historyTable) {
            this.placement = new SchemaPlacement(placement.schema(), Objects.requireNonNull(historyTable, "historyTable"));
            return this;
        }

        /**
         * Whether {@link #build()} migrates the schema or only validates it; {@link SchemaManagement#MIGRATE} by default.
         *
         * @param schemaManagement what to do with the schema before starting
         * @return this builder
         */
        public Builder schemaManagement(SchemaManagement schemaManagement) {
            this.schemaManagement = Objects.requireNonNull(schemaManagement, "schemaManagement");
            return this;
        }

        /**
         * The namespace of the adapter's advisory locks; {@link LockNamespace#DEFAULT} by default.
         * Every process that serves one installation (one schema) must use the same namespace,
         * and two installations in one database different ones.
         *
         * @param lockNamespace the first key of every advisory lock the adapter takes
         * @return this builder
         */
        public Builder lockNamespace(LockNamespace lockNamespace) {
            this.lockNamespace = Objects.requireNonNull(lockNamespace, "lockNamespace");
            return this;
        }

        /**
         * The key that seals the webhook secrets at rest (AES-256-GCM, each bound to its
         * subscription); without one they are stored as given, and whoever reads the tables can
         * sign as the service. Secrets stored before a key was set stay readable and are sealed
         * at their next rotation; once sealed, they need this key to be read.
         *
         * @param key 32 bytes, copied; keep it apart from the database
         * @return this builder
         * @throws IllegalArgumentException if the key is not 32 bytes
         */
        public Builder webhookSecretKey(byte[] key) {
            this.sealing = SecretSealing.aesGcm(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Other connections for the migration or validation only; by default the main data source.
         * Flyway holds two connections at once while it migrates (a pool of one would wait for
         * itself), and a migration should not be cut by a statement timeout meant for requests.
         *
         * @param migrationDataSource the connections Flyway uses; the adapter closes none of them
         * @return this builder
         */
        public Builder migrationDataSource(DataSource migrationDataSource) {
            this.migrationDataSource = Optional.of(Objects.requireNonNull(migrationDataSource, "migrationDataSource"));
            return this;
        }

        /**
         * Migrates or validates the schema, then starts Hibernate on the data source and checks
         * the entities against the tables.
         *
         * @return the adapter, ready to serve
         * @throws IllegalStateException if validation finds the schema missing or not current
         * @throws RuntimeException Flyway's or Hibernate's own, if the database cannot be reached,
         *         a migration fails, or the tables do not match the entities
         */
        public RelationsPersistence build() {
            DataSource flyway = migrationDataSource.orElse(dataSource);
            switch (schemaManagement) {
                case MIGRATE -> SchemaMigration.migrate(flyway, placement);
                case VALIDATE -> SchemaMigration.validate(flyway, placement);
            }
            HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("relations")
                    .managedClasses(ENTITIES)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                    .schemaToolingAction(Action.VALIDATE);
            // Entities, HQL and every native query's {h-schema} name the schema; none named, they name none.
            placement.schema().ifPresent(name -> configuration.property(AvailableSettings.DEFAULT_SCHEMA, name));
            return new RelationsPersistence(configuration.createEntityManagerFactory(), new AdvisoryLocks(lockNamespace.value()), sealing);
        }

        /**
         * Undoes the adapter's schema where this builder places it: drops every table of its
         * migrations and forgets them in its history table, in one transaction, so that a later
         * {@link #build()} with {@link SchemaManagement#MIGRATE} creates them again. A schema the
         * migration created stays, empty but for the history table. Nothing may be using the
         * tables meanwhile. Runs on the {@linkplain #migrationDataSource migration data source}.
         *
         * @throws IllegalStateException if a statement of the rollback fails; then nothing changed
         */
        public void rollBackSchema() {
            SchemaRollback.rollback(migrationDataSource.orElse(dataSource), placement);
        }

        /** Where the tables and the history are, for the service's readiness check. */
        SchemaPlacement placement() {
            return placement;
        }
    }

    /** {@return the {@code connections_enabled} setting, read and switched (the switch waits for the commands under way)} */
    public ModuleSwitch moduleSwitch() {
        return moduleSwitch;
    }

    /** {@return the registered users: registration, first-use registration, deletion with its tombstone} */
    public UserDirectory users() {
        return users;
    }

    /** {@return the command path's one port: a command's transaction with its pair locked} */
    public PairTransactions pairTransactions() {
        return pairTransactions;
    }

    /** {@return the batch lookup of one user's pairs with up to 100 others, in one statement} */
    public RelationshipLookups relationshipLookups() {
        return lookups;
    }

    /** {@return followers and followed users, keyset-paginated, with the facts that guard them} */
    public FollowLists followLists() {
        return lists;
    }

    /** {@return accepted connections and pending requests, keyset-paginated, with the facts that guard them} */
    public ConnectionLists connectionLists() {
        return lists;
    }

    /** {@return a user's blocks, keyset-paginated, with the facts that guard them} */
    public BlockLists blockLists() {
        return lists;
    }

    /** {@return a user's history of follows, connections or blocks, filtered by its scope before the page is cut} */
    public HistoryReader historyReader() {
        return lists;
    }

    /** {@return a user's follower, following and connection counts, from their counter stripes} */
    public UserStatistics userStatistics() {
        return statistics;
    }

    /** {@return UUIDv7 ids, time-ordered, for the rows the application's services create} */
    public IdGenerator idGenerator() {
        return ids;
    }

    /**
     * The change log as its readers see it: committed changes after a position, in the log's one
     * order, never one skipped however the writers' transactions interleave (a read stops below the
     * oldest transaction still in flight); the newest safe position, a consumer's backlog, and the
     * retention's removal with the mark readers are told of.
     *
     * @return the same instance on every call
     */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /**
     * Where each consumer of the change log stands, kept beside the log, and the claims that let
     * one process at a time deliver a consumer. A claim holds one connection of the pool for as
     * long as it is open (a session-level advisory lock in the adapter's {@link LockNamespace}),
     * never an open transaction: size the pool for the claims held at once.
     *
     * @return the same instance on every call
     */
    public ConsumerPositions consumerPositions() {
        return consumerPositions;
    }

    /**
     * The webhook subscriptions and their signing keys, sealed at rest when the builder was
     * given a {@linkplain Builder#webhookSecretKey key}, else stored as given.
     *
     * @return the subscriptions; each write changes only its own columns
     */
    public WebhookSubscriptions webhookSubscriptions() {
        return webhookSubscriptions;
    }

    /** {@return the subscriptions' delivery attempts, the newest 1,000 of each kept} */
    public DeliveryAttempts deliveryAttempts() {
        return deliveryAttempts;
    }

    /** Stops Hibernate; the data source stays open, for its owner to close afterwards. */
    @Override
    public void close() {
        entityManagerFactory.close();
    }
}
