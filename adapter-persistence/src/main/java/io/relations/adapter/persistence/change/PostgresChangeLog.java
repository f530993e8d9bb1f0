package io.relations.adapter.persistence.change;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StatelessSession;

/**
 * The change log's readers and its retention on {@code phoenix_kit_change_log}. Native queries,
 * because what makes the log safe to read is PostgreSQL's alone: the {@code xid8} transaction id
 * each row gets from {@code pg_current_xact_id()}, and {@code pg_snapshot_xmin(pg_current_snapshot())},
 * the oldest transaction still in flight when the statement began. Every read keeps to rows below
 * that bound, in {@code (transaction_id, sequence_id)} order on the index of the same name: a
 * transaction that commits later has a higher transaction id than any row a read returned, so no
 * row can ever appear behind a position a reader has passed (V4's header says why sequence numbers
 * alone would not do).
 */
public final class PostgresChangeLog implements ChangeLog {

    /** The bound below which every transaction has ended: committed rows there are final. */
    static final String SAFE = "l.transaction_id < pg_snapshot_xmin(pg_current_snapshot())";

    static final String READ_AFTER = "select " + ChangeRows.COLUMNS + """

            from {h-schema}phoenix_kit_change_log as l
            where (l.transaction_id, l.sequence_id) > (cast(:after_transaction as xid8), :after_sequence)
              and\s""" + SAFE + """

              and l.privacy in (:classes)
            order by l.transaction_id, l.sequence_id
            limit :limit""";

    private static final String LATEST = "select cast(l.transaction_id as text), l.sequence_id from {h-schema}phoenix_kit_change_log as l where "
            + SAFE + " order by l.transaction_id desc, l.sequence_id desc limit 1";

    private static final String BACKLOG = """
            select count(*) as waiting, min(w.occurred_at) as oldest from (
                select l.occurred_at from {h-schema}phoenix_kit_change_log as l
                where (l.transaction_id, l.sequence_id) > (cast(:after_transaction as xid8), :after_sequence)
                  and\s""" + SAFE + """

                order by l.transaction_id, l.sequence_id
                limit :cap) as w""";

    /** The oldest rows in log order, as far as {@code notAfter}: retention removes a prefix of the log, never a row in its middle. */
    private static final String OLDEST = """
            select cast(l.transaction_id as text) as transaction_text, l.sequence_id, l.occurred_at from {h-schema}phoenix_kit_change_log as l
            where (l.transaction_id, l.sequence_id) <= (cast(:not_after_transaction as xid8), :not_after_sequence)
              and\s""" + SAFE + """

            order by l.transaction_id, l.sequence_id
            limit :max""";

    private static final String REMOVE_THROUGH = """
            delete from {h-schema}phoenix_kit_change_log
            where (transaction_id, sequence_id) <= (cast(:transaction as xid8), :sequence)""";

    /** Only ever forward: two processes' retention racing cannot move the mark back. */
    private static final String MARK_REMOVED = """
            insert into {h-schema}phoenix_kit_change_log_retention as r (singleton, transaction_id, sequence_id, updated_at)
            values (true, cast(:transaction as xid8), :sequence, now())
            on conflict (singleton) do update
            set transaction_id = excluded.transaction_id, sequence_id = excluded.sequence_id, updated_at = excluded.updated_at
            where (excluded.transaction_id, excluded.sequence_id) > (r.transaction_id, r.sequence_id)""";

    private static final String REMOVED_THROUGH =
            "select cast(r.transaction_id as text), r.sequence_id from {h-schema}phoenix_kit_change_log_retention as r";


    private final Transactions transactions;

    /**
     * The log on the adapter's transactions.
     *
     * @param transactions where every read and removal runs, each in a short transaction of its own
     */
    public PostgresChangeLog(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_READ) {
            throw new IllegalArgumentException("a read of the change log takes 1 to " + MAX_READ + " changes");
        }
        if (classes.isEmpty()) {
            return List.of();
        }
        List<String> codes = classes.stream().map(PrivacyClass::code).sorted().toList();
        return transactions.inTransaction(session -> ChangeRows.addScalars(session.createNativeQuery(READ_AFTER, Object[].class))
                        .setParameter("after_transaction", ChangeRows.transactionText(after))
                        .setParameter("after_sequence", after.sequence())
                        .setParameterList("classes", codes)
                        .setParameter("limit", limit)
                        .getResultList())
                .stream()
                .map(ChangeRows::of)
                .toList();
    }

    @Override
    public ChangePosition latest() {
        return transactions.inTransaction(session -> {
            Optional<ChangePosition> newest = position(session, LATEST);
            Optional<ChangePosition> removed = position(session, REMOVED_THROUGH);
            // An emptied log still starts after what retention removed: a reader starting there is not told it expired.
            ChangePosition start = removed.orElse(ChangePosition.START);
            return newest.filter(position -> position.isAfter(start)).orElse(start);
        });
    }

    @Override
    public ChangeBacklog backlogAfter(ChangePosition after, long cap) {
        Objects.requireNonNull(after, "after");
        if (cap < 1) {
            throw new IllegalArgumentException("a backlog is counted up to a cap of 1 or more");
        }
        Object[] row = transactions.inTransaction(session -> session.createNativeQuery(BACKLOG, Object[].class)
                .addScalar("waiting", Long.class)
                .addScalar("oldest", Instant.class)
                .setParameter("after_transaction", ChangeRows.transactionText(after))
                .setParameter("after_sequence", after.sequence())
                .setParameter("cap", cap)
                .getSingleResult());
        long count = (Long) row[0];
        return count == 0 ? ChangeBacklog.none() : new ChangeBacklog(count, Optional.of((Instant) row[1]));
    }

    @Override
    public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
        Objects.requireNonNull(olderThan, "olderThan");
        Objects.requireNonNull(notAfter, "notAfter");
        if (maxChanges < 1) {
            throw new IllegalArgumentException("retention removes at least one change per call");
        }
        return transactions.inTransaction(session -> {
            List<Object[]> oldest = session.createNativeQuery(OLDEST, Object[].class)
                    .addScalar("transaction_text", String.class)
                    .addScalar("sequence_id", Long.class)
                    .addScalar("occurred_at", Instant.class)
                    .setParameter("not_after_transaction", ChangeRows.transactionText(notAfter))
                    .setParameter("not_after_sequence", notAfter.sequence())
                    .setParameter("max", maxChanges)
                    .getResultList();
            int expired = 0;
            while (expired < oldest.size() && ((Instant) oldest.get(expired)[2]).isBefore(olderThan)) {
                expired++;
            }
            if (expired == 0) {
                return 0;
            }
            Object[] last = oldest.get(expired - 1);
            String transaction = (String) last[0];
            long sequence = (Long) last[1];
            // Everything at or before the last expired row is exactly the prefix read above: every
            // transaction still in flight has a higher id than any row the read returned.
            int removed = session.createNativeMutationQuery(REMOVE_THROUGH)
                    .setParameter("transaction", transaction)
                    .setParameter("sequence", sequence)
                    .executeUpdate();
            session.createNativeMutationQuery(MARK_REMOVED)
                    .setParameter("transaction", transaction)
                    .setParameter("sequence", sequence)
                    .executeUpdate();
            return removed;
        });
    }

    @Override
    public Optional<ChangePosition> removedThrough() {
        return transactions.inTransaction(session -> position(session, REMOVED_THROUGH));
    }

    private static Optional<ChangePosition> position(StatelessSession session, String sql) {
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class).getResultList();
        return rows.stream().findFirst().map(row -> new ChangePosition(Long.parseLong((String) row[0]), ((Number) row[1]).longValue()));
    }
}
