package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.change.ChangeLogWriter;
import io.relations.adapter.persistence.entity.SettingEntity;
import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.change.ChangeEvents;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.StatelessSession;

/**
 * {@code connections_enabled} in {@code phoenix_kit_settings}, stored as the text 'true' or 'false'.
 * A switch that changes the value writes its {@code setting.changed} to the change log in the same
 * transaction, under the module's exclusive lock, so the log holds the switches in commit order.
 */
public final class SettingsModuleSwitch implements ModuleSwitch {

    static final String KEY = "connections_enabled";

    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final AdvisoryLocks locks;

    /**
     * The switch on its transactions.
     *
     * @param transactions where it reads and writes
     * @param clock        the time of a switch
     * @param ids          the ids of the changes it logs
     * @param locks        the module's lock
     */
    public SettingsModuleSwitch(Transactions transactions, Clock clock, IdGenerator ids, AdvisoryLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.ids = Objects.requireNonNull(ids, "ids");
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
    public void switchConnections(boolean enabled, UserId administrator) {
        Objects.requireNonNull(administrator, "administrator");
        transactions.inTransactionRetrying(session -> {
            locks.holdModuleExclusive(session);
            Optional<SettingEntity> setting = setting(session);
            Instant now = clock.instant();
            // A missing row reads as off, so switching it off changes nothing a reader could see.
            boolean before = setting.map(row -> Boolean.parseBoolean(row.getValue())).orElse(false);
            if (setting.isEmpty()) {
                session.insert(new SettingEntity(KEY, Boolean.toString(enabled), now));
            } else {
                setting.get().changeValue(Boolean.toString(enabled), now);
                session.update(setting.get());
            }
            if (before != enabled) {
                ChangeLogWriter.append(session, List.of(ChangeEvents.connectionsSwitched(ids.newId(), enabled, administrator, now)));
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
