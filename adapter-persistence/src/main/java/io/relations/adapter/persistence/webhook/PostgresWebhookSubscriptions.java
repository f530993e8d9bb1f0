package io.relations.adapter.persistence.webhook;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Webhook subscriptions in {@code phoenix_kit_webhook_subscriptions} and their keys in
 * {@code phoenix_kit_webhook_secrets}. Every write is one statement that names only its own
 * columns and answers the row as it now is ({@code returning}), so concurrent writers of one
 * subscription (the dispatcher, an administrator) never undo each other's columns. Keys are
 * kept as {@link SecretSealing} says: as given, or sealed under the installation's key.
 */
public final class PostgresWebhookSubscriptions implements WebhookSubscriptions {

    private static final String SUBSCRIPTIONS = "{h-schema}phoenix_kit_webhook_subscriptions";
    private static final String SECRETS = "{h-schema}phoenix_kit_webhook_secrets";

    private final Transactions transactions;
    private final SecretSealing sealing;

    public PostgresWebhookSubscriptions(Transactions transactions, SecretSealing sealing) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
    }

    @Override
    public void create(WebhookSubscription subscription, WebhookSecret secret) {
        transactions.inTransaction(session -> {
            session.createNativeMutationQuery("insert into " + SUBSCRIPTIONS + " (id, url, event_types, privacy, state, start_after, "
                            + "created_at, updated_at) values (?, ?, ?, ?, 'active', ?, ?, ?)")
                    .setParameter(1, subscription.id())
                    .setParameter(2, subscription.endpoint().toString())
                    .setParameter(3, WebhookRows.typeCodes(subscription.eventTypes()))
                    .setParameter(4, WebhookRows.classCodes(subscription.privacy()))
                    .setParameter(5, subscription.startAfter().toString())
                    .setParameter(6, subscription.createdAt())
                    .setParameter(7, subscription.updatedAt())
                    .executeUpdate();
            session.createNativeMutationQuery("insert into " + SECRETS + " (subscription_id, current_secret) values (?, ?)")
                    .setParameter(1, subscription.id())
                    .setParameter(2, sealing.seal(subscription.id(), secret))
                    .executeUpdate();
            return null;
        });
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> one(WebhookRows.query(session,
                "select " + WebhookRows.COLUMNS + " from " + SUBSCRIPTIONS + " where id = ?").setParameter(1, id)));
    }

    @Override
    public Page<WebhookSubscription> list(PageRequest request) {
        String sql = "select " + WebhookRows.COLUMNS + " from " + SUBSCRIPTIONS
                + (request.after().isPresent() ? " where (created_at, id) < (?, ?)" : "")
                + " order by created_at desc, id desc limit ?";
        List<WebhookSubscription> rows = transactions.inTransaction(session -> {
            NativeQuery<Object[]> query = WebhookRows.query(session, sql);
            int next = 1;
            if (request.after().isPresent()) {
                query.setParameter(next++, request.after().get().at()).setParameter(next++, request.after().get().id());
            }
            return query.setParameter(next, request.limit() + 1).getResultList().stream().map(WebhookRows::subscription).toList();
        });
        return Pages.of(rows, request, subscription -> new PageCursor(subscription.createdAt(), subscription.id()));
    }

    @Override
    public List<WebhookSubscription> active() {
        return transactions.inTransaction(session -> WebhookRows.query(session, "select " + WebhookRows.COLUMNS + " from "
                        + SUBSCRIPTIONS + " where state = 'active' order by created_at, id")
                .getResultList().stream().map(WebhookRows::subscription).toList());
    }

    @Override
    public Optional<WebhookSubscription> changeSettings(UUID id, SubscriptionSettings settings, Instant at) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> one(WebhookRows.query(session, "update " + SUBSCRIPTIONS
                        + " set url = ?, event_types = ?, privacy = ?, updated_at = greatest(created_at, ?) where id = ? returning "
                        + WebhookRows.COLUMNS)
                .setParameter(1, settings.endpoint().toString())
                .setParameter(2, WebhookRows.typeCodes(settings.eventTypes()))
                .setParameter(3, WebhookRows.classCodes(settings.privacy()))
                .setParameter(4, at)
                .setParameter(5, id)));
    }

    @Override
    public Optional<WebhookSubscription> changeState(UUID id, SubscriptionState state, Instant at) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> one(WebhookRows.query(session, "update " + SUBSCRIPTIONS
                        + " set state = ?, pause_reason = ?, failing_since = null, failed_attempts = null, next_attempt_at = null,"
                        + " updated_at = greatest(created_at, ?) where id = ? returning " + WebhookRows.COLUMNS)
                .setParameter(1, state.code())
                .setParameter(2, state.pauseReason().orElse(null), String.class)
                .setParameter(3, at)
                .setParameter(4, id)));
    }

    @Override
    public void changeRetry(UUID id, Optional<RetrySchedule> retry, Instant at) {
        Objects.requireNonNull(id, "id");
        transactions.inTransaction(session -> session.createNativeMutationQuery("update " + SUBSCRIPTIONS
                        + " set failing_since = ?, failed_attempts = ?, next_attempt_at = ?, updated_at = greatest(created_at, ?)"
                        + " where id = ? and state = 'active'")
                .setParameter(1, retry.map(RetrySchedule::failingSince).orElse(null), Instant.class)
                .setParameter(2, retry.map(RetrySchedule::failedAttempts).orElse(null), Integer.class)
                .setParameter(3, retry.map(RetrySchedule::nextAttemptAt).orElse(null), Instant.class)
                .setParameter(4, at)
                .setParameter(5, id)
                .executeUpdate());
    }

    @Override
    public Optional<SubscriptionSecrets> secrets(UUID id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> {
            @SuppressWarnings("unchecked")
            NativeQuery<Object[]> query = session.createNativeQuery("select current_secret, previous_secret, previous_until from "
                            + SECRETS + " where subscription_id = ?")
                    .addScalar("current_secret", String.class)
                    .addScalar("previous_secret", String.class)
                    .addScalar("previous_until", Instant.class);
            return query.setParameter(1, id).getResultStream().findFirst().map(row -> new SubscriptionSecrets(
                    sealing.open(id, (String) row[0]),
                    Optional.ofNullable((String) row[1]).map(previous -> sealing.open(id, previous)),
                    Optional.ofNullable((Instant) row[2])));
        });
    }

    @Override
    public boolean rotateSecret(UUID id, WebhookSecret next, Instant previousUntil, Instant at) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> {
            int rotated = session.createNativeMutationQuery("update " + SECRETS
                            + " set previous_secret = current_secret, previous_until = ?, current_secret = ? where subscription_id = ?")
                    .setParameter(1, previousUntil)
                    .setParameter(2, sealing.seal(id, next))
                    .setParameter(3, id)
                    .executeUpdate();
            session.createNativeMutationQuery("update " + SUBSCRIPTIONS + " set updated_at = greatest(created_at, ?) where id = ?")
                    .setParameter(1, at)
                    .setParameter(2, id)
                    .executeUpdate();
            return rotated == 1;
        });
    }

    @Override
    public boolean delete(UUID id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(session -> session.createNativeMutationQuery("delete from " + SUBSCRIPTIONS + " where id = ?")
                .setParameter(1, id)
                .executeUpdate() == 1);
    }

    private static Optional<WebhookSubscription> one(NativeQuery<Object[]> query) {
        return query.getResultStream().findFirst().map(WebhookRows::subscription);
    }
}
