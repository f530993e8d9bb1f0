package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.entity.SettingEntity;
import io.relations.adapter.persistence.transaction.ModuleSwitchLock;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.ModuleSwitch;
import java.time.Clock;
import java.util.Objects;

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
        return transactions.inTransaction(entityManager -> {
            SettingEntity setting = entityManager.find(SettingEntity.class, KEY);
            return setting != null && Boolean.parseBoolean(setting.getValue());
        });
    }

    @Override
    public void switchConnections(boolean enabled) {
        transactions.inNewTransactionRetrying(entityManager -> {
            ModuleSwitchLock.holdExclusive(entityManager);
            SettingEntity setting = entityManager.find(SettingEntity.class, KEY);
            if (setting == null) {
                entityManager.persist(new SettingEntity(KEY, Boolean.toString(enabled), clock.instant()));
            } else {
                setting.changeValue(Boolean.toString(enabled), clock.instant());
            }
            return null;
        });
    }
}
