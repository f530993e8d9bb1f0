package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.entity.SettingEntity;
import io.relations.adapter.persistence.transaction.ModuleSwitchLock;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.ModuleSwitch;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** {@code connections_enabled} in {@code phoenix_kit_settings}, stored as the text 'true' or 'false'. */
public final class SettingsModuleSwitch implements ModuleSwitch {

    static final String KEY = "connections_enabled";

    private final Transactions transactions;
    private final Clock clock;

    public SettingsModuleSwitch(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Read on every command, so a switch takes effect at once; a missing row means off, as PhoenixKit reads it. */
    @Override
    public boolean connectionsEnabled() {
        return transactions.inTransaction(entityManager -> setting(entityManager)
                .map(setting -> Boolean.parseBoolean(setting.getValue()))
                .orElse(false));
    }

    @Override
    public void switchConnections(boolean enabled) {
        transactions.inNewTransactionRetrying(entityManager -> {
            ModuleSwitchLock.holdExclusive(entityManager);
            Optional<SettingEntity> setting = setting(entityManager);
            if (setting.isEmpty()) {
                entityManager.persist(new SettingEntity(KEY, Boolean.toString(enabled), clock.instant()));
            } else {
                setting.get().changeValue(Boolean.toString(enabled), clock.instant());
            }
            return null;
        });
    }

    /**
     * A query, not {@code find}: when the statement fails (the connection lost, say) after the
     * failure has marked the transaction rollback-only, {@code find} answers null instead of
     * throwing (HHH-12472), and the module would read as off; a query throws the real failure.
     */
    private static Optional<SettingEntity> setting(EntityManager entityManager) {
        return entityManager.createQuery("select s from SettingEntity s where s.key = :key", SettingEntity.class)
                .setParameter("key", KEY)
                .getResultStream()
                .findFirst();
    }
}
