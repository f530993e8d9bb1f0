package io.relations.adapter.persistence.webhook;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.change.ChangePosition;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Delivery attempts in {@code phoenix_kit_webhook_attempts}. Recording one also drops the
 * subscription's attempts older than its newest {@value DeliveryAttempts#KEPT_PER_SUBSCRIPTION},
 * in the same transaction, along the subscription's index: the table stays bounded however long
 * an endpoint fails.
 */
public final class PostgresDeliveryAttempts implements DeliveryAttempts {

    private static final String ATTEMPTS = "{h-schema}phoenix_kit_webhook_attempts";

    private static final String RECORD = "insert into " + ATTEMPTS
            + " (id, subscription_id, attempted_at, change_id, position, outcome, status, took_micros, next_attempt_at)"
            + " select ?, s.id, ?, ?, ?, ?, ?, ?, ? from {h-schema}phoenix_kit_webhook_subscriptions s where s.id = ?";

    private static final String PRUNE = "delete from " + ATTEMPTS + " where subscription_id = ?1 and (attempted_at, id) <= ("
            + "select attempted_at, id from " + ATTEMPTS + " where subscription_id = ?1"
            + " order by attempted_at desc, id desc offset " + KEPT_PER_SUBSCRIPTION + " limit 1)";

    private static final String COLUMNS = "id, attempted_at, change_id, position, outcome, status, took_micros, next_attempt_at";

    private final Transactions transactions;

    public PostgresDeliveryAttempts(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void record(DeliveryAttempt attempt) {
        transactions.inTransaction(session -> {
            int recorded = session.createNativeMutationQuery(RECORD)
                    .setParameter(1, attempt.id())
                    .setParameter(2, attempt.attemptedAt())
                    .setParameter(3, attempt.changeId())
                    .setParameter(4, attempt.position().toString())
                    .setParameter(5, attempt.outcome().name().toLowerCase(Locale.ROOT))
                    .setParameter(6, attempt.status().orElse(null), Integer.class)
                    .setParameter(7, attempt.took().toNanos() / 1_000)
                    .setParameter(8, attempt.nextAttemptAt().orElse(null), Instant.class)
                    .setParameter(9, attempt.subscription())
                    .executeUpdate();
            if (recorded == 1) {
                session.createNativeMutationQuery(PRUNE).setParameter(1, attempt.subscription()).executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Page<DeliveryAttempt> page(UUID subscription, PageRequest request) {
        Objects.requireNonNull(subscription, "subscription");
        String sql = "select " + COLUMNS + " from " + ATTEMPTS + " where subscription_id = ?"
                + (request.after().isPresent() ? " and (attempted_at, id) < (?, ?)" : "")
                + " order by attempted_at desc, id desc limit ?";
        List<DeliveryAttempt> rows = transactions.inTransaction(session -> {
            @SuppressWarnings("unchecked")
            NativeQuery<Object[]> query = session.createNativeQuery(sql)
                    .addScalar("id", UUID.class)
                    .addScalar("attempted_at", Instant.class)
                    .addScalar("change_id", UUID.class)
                    .addScalar("position", String.class)
                    .addScalar("outcome", String.class)
                    .addScalar("status", Integer.class)
                    .addScalar("took_micros", Long.class)
                    .addScalar("next_attempt_at", Instant.class);
            int next = 1;
            query.setParameter(next++, subscription);
            if (request.after().isPresent()) {
                query.setParameter(next++, request.after().get().at()).setParameter(next++, request.after().get().id());
            }
            return query.setParameter(next, request.limit() + 1).getResultList().stream()
                    .map(row -> attempt(subscription, row)).toList();
        });
        return Pages.of(rows, request, attempt -> new PageCursor(attempt.attemptedAt(), attempt.id()));
    }

    private static DeliveryAttempt attempt(UUID subscription, Object[] row) {
        return new DeliveryAttempt((UUID) row[0], subscription, (Instant) row[1], (UUID) row[2], ChangePosition.parse((String) row[3]),
                DeliveryResult.Outcome.valueOf(((String) row[4]).toUpperCase(Locale.ROOT)), Optional.ofNullable((Integer) row[5]),
                Duration.ofNanos((Long) row[6] * 1_000), Optional.ofNullable((Instant) row[7]));
    }
}
