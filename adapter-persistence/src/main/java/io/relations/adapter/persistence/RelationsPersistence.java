package io.relations.adapter.persistence;

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
import io.relations.adapter.persistence.write.PostgresPairTransactions;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.PairTransactions;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.application.port.out.UserDirectory;
import io.relations.application.port.out.UserStatistics;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The persistence adapter, built from a {@link DataSource} without any container or
 * {@code persistence.xml}: migrates the schema (unless told not to), starts Hibernate on the same
 * pool, checks the entities against the tables, and hands out one object per outbound port.
 * Close it before the pool.
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

    private RelationsPersistence(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        Transactions transactions = new Transactions(entityManagerFactory.unwrap(SessionFactory.class));
        StripedCounters counters = new StripedCounters();
        this.moduleSwitch = new SettingsModuleSwitch(transactions, Clock.systemUTC());
        this.users = new PostgresUserDirectory(transactions, counters, ids);
        this.pairTransactions = new PostgresPairTransactions(transactions, counters);
        this.lists = new KeysetLists(transactions);
        this.statistics = new StripedStats(transactions);
        this.lookups = new PostgresRelationshipLookups(transactions);
    }

    /** Migrates the schema, then starts. */
    public static RelationsPersistence create(DataSource dataSource) {
        return create(dataSource, true);
    }

    /** @param migrate false when the schema is managed elsewhere; it is still checked against the entities */
    public static RelationsPersistence create(DataSource dataSource, boolean migrate) {
        if (migrate) {
            SchemaMigration.migrate(dataSource);
        }
        EntityManagerFactory factory = new HibernatePersistenceConfiguration("relations")
                .managedClasses(ENTITIES)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .schemaToolingAction(Action.VALIDATE)
                .createEntityManagerFactory();
        return new RelationsPersistence(factory);
    }

    public ModuleSwitch moduleSwitch() {
        return moduleSwitch;
    }

    public UserDirectory users() {
        return users;
    }

    /** The command path's one port: a command's transaction with its pair locked. */
    public PairTransactions pairTransactions() {
        return pairTransactions;
    }

    public RelationshipLookups relationshipLookups() {
        return lookups;
    }

    public FollowLists followLists() {
        return lists;
    }

    public ConnectionLists connectionLists() {
        return lists;
    }

    public BlockLists blockLists() {
        return lists;
    }

    public HistoryReader historyReader() {
        return lists;
    }

    public UserStatistics userStatistics() {
        return statistics;
    }

    public IdGenerator idGenerator() {
        return ids;
    }

    @Override
    public void close() {
        entityManagerFactory.close();
    }
}
