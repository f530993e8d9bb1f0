package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.entity.SettingEntity;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.ModuleSwitch;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** {@code connections_enabled} in {@code phoenix_kit_settings}, stored as the text 'true' or 'false'. */
public final class SettingsModuleSwitch implements ModuleSwitch {

    static final String KEY = "connections_enabled";

    private final Transactions transactions;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public SettingsModuleSwitch(Transactions transactions, Clock clock, AdvisoryLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What an administrator reads; commands and reads take the setting from their own statements
     * instead, in their own snapshot. A missing row means off, as PhoenixKit reads it.
     */
    @Override
    public boolean connectionsEnabled() {
        return transactions.inTransaction(session -> setting(session)
                .map(setting -> Boolean.parseBoolean(setting.getValue()))
                .orElse(false));
    }

    @Override
    public void switchConnections(boolean enabled) {
        transactions.inTransactionRetrying(session -> {
            locks.holdModuleExclusive(session);
            Optional<SettingEntity> setting = setting(session);
            if (setting.isEmpty()) {
                session.insert(new SettingEntity(KEY, Boolean.toString(enabled), clock.instant()));
            } else {
                setting.get().changeValue(Boolean.toString(enabled), clock.instant());
                session.update(setting.get());
            }
            return null;
        });
    }

    /** A query, not {@code get}: when the statement fails, the failure is thrown rather than read as a missing row. */
    private static Optional<SettingEntity> setting(StatelessSession session) {
        return session.createSelectionQuery("from SettingEntity s where s.key = :key", SettingEntity.class)
                .setParameter("key", KEY)
                .getResultStream()
                .findFirst();
    }
}
