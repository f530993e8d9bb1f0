package io.relations.adapter.persistence.change;

import io.relations.adapter.persistence.transaction.AdvisoryLocks;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.StatelessSession;

/**
 * Consumers' positions in {@code phoenix_kit_change_consumers}, and their claims: a claim is a
 * session-level advisory lock ({@link AdvisoryLocks#tryHoldConsumer}) on a connection the claim
 * keeps for its life, idle between short transactions, so a claim never holds a transaction open
 * (one with a transaction id would hold back every reader of the log, whose reads stop below the
 * oldest transaction in flight). A claim ends when it is closed or when its connection does: a
 * process that dies loses its claims with its connections.
 */
public final class PostgresConsumerPositions implements ConsumerPositions {

    /** A new consumer starts where it is told; a known one keeps its position. */
    static final String CREATE_UNLESS_KNOWN = """
            insert into {h-schema}phoenix_kit_change_consumers (name, transaction_id, sequence_id, updated_at)
            values (:name, cast(:transaction as xid8), :sequence, now())
            on conflict (name) do nothing""";

    static final String POSITION = """
            select cast(c.transaction_id as text) as transaction_text, c.sequence_id from {h-schema}phoenix_kit_change_consumers as c
            where c.name = :name""";

    static final String KEEP = """
            insert into {h-schema}phoenix_kit_change_consumers (name, transaction_id, sequence_id, updated_at)
            values (:name, cast(:transaction as xid8), :sequence, now())
            on conflict (name) do update
            set transaction_id = excluded.transaction_id, sequence_id = excluded.sequence_id, updated_at = excluded.updated_at""";

    private static final String FORGET = "delete from {h-schema}phoenix_kit_change_consumers where name = :name";

    private static final String ALL = """
            select c.name, cast(c.transaction_id as text) as transaction_text, c.sequence_id
            from {h-schema}phoenix_kit_change_consumers as c order by c.name""";

    private final Transactions transactions;
    private final AdvisoryLocks locks;

    /**
     * The positions on the adapter's transactions and locks.
     *
     * @param transactions where positions are read and kept
     * @param locks        the installation's advisory locks
     */
    public PostgresConsumerPositions(Transactions transactions, AdvisoryLocks locks) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    @Override
    public Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(startAt, "startAt");
        StatelessSession session = transactions.openHeldSession();
        boolean held = false;
        try {
            held = transactions.inTransaction(session, s -> locks.tryHoldConsumer(s, consumer.value()));
            if (!held) {
                session.close();
                return Optional.empty();
            }
            ChangePosition position = transactions.inTransaction(session, s -> {
                s.createNativeMutationQuery(CREATE_UNLESS_KNOWN)
                        .setParameter("name", consumer.value())
                        .setParameter("transaction", ChangeRows.transactionText(startAt))
                        .setParameter("sequence", startAt.sequence())
                        .executeUpdate();
                return position(s, consumer).orElseThrow();
            });
            return Optional.of(new PostgresConsumerClaim(transactions, locks, session, consumer, position));
        } catch (RuntimeException e) {
            PostgresConsumerClaim.release(transactions, locks, session, consumer, held, e);
            throw e;
        }
    }

    @Override
    public void reset(ConsumerName consumer, ChangePosition position) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(position, "position");
        transactions.inTransaction(session -> {
            locks.holdConsumerInTransaction(session, consumer.value());
            return keep(session, consumer, position);
        });
    }

    @Override
    public void forget(ConsumerName consumer) {
        Objects.requireNonNull(consumer, "consumer");
        transactions.inTransaction(session -> {
            locks.holdConsumerInTransaction(session, consumer.value());
            return session.createNativeMutationQuery(FORGET).setParameter("name", consumer.value()).executeUpdate();
        });
    }

    @Override
    public Map<ConsumerName, ChangePosition> positions() {
        List<Object[]> rows = transactions.inTransaction(session -> session.createNativeQuery(ALL, Object[].class)
                .addScalar("name", String.class)
                .addScalar("transaction_text", String.class)
                .addScalar("sequence_id", Long.class)
                .getResultList());
        Map<ConsumerName, ChangePosition> positions = new LinkedHashMap<>();
        for (Object[] row : rows) {
            positions.put(new ConsumerName((String) row[0]), new ChangePosition(Long.parseLong((String) row[1]), (Long) row[2]));
        }
        return positions;
    }

    static int keep(StatelessSession session, ConsumerName consumer, ChangePosition position) {
        return session.createNativeMutationQuery(KEEP)
                .setParameter("name", consumer.value())
                .setParameter("transaction", ChangeRows.transactionText(position))
                .setParameter("sequence", position.sequence())
                .executeUpdate();
    }

    private static Optional<ChangePosition> position(StatelessSession session, ConsumerName consumer) {
        return session.createNativeQuery(POSITION, Object[].class)
                .addScalar("transaction_text", String.class)
                .addScalar("sequence_id", Long.class)
                .setParameter("name", consumer.value())
                .getResultStream()
                .findFirst()
                .map(row -> new ChangePosition(Long.parseLong((String) row[0]), (Long) row[1]));
    }
}
