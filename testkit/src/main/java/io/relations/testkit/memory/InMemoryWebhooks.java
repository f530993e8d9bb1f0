package io.relations.testkit.memory;

import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Webhook subscriptions, their secrets and their delivery attempts in memory, as the database
 * keeps them: each write is one narrow change, deleting a subscription deletes its attempts, and
 * only the newest {@value DeliveryAttempts#KEPT_PER_SUBSCRIPTION} attempts of a subscription are
 * kept. Safe for any number of threads (one lock).
 */
public final class InMemoryWebhooks implements WebhookSubscriptions, DeliveryAttempts {

    private static final Comparator<WebhookSubscription> NEWEST_SUBSCRIPTION_FIRST =
            Comparator.comparing(WebhookSubscription::createdAt).thenComparing(WebhookSubscription::id).reversed();
    private static final Comparator<DeliveryAttempt> NEWEST_ATTEMPT_FIRST =
            Comparator.comparing(DeliveryAttempt::attemptedAt).thenComparing(DeliveryAttempt::id).reversed();

    private final Map<UUID, WebhookSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<UUID, SubscriptionSecrets> secrets = new LinkedHashMap<>();
    private final Map<UUID, List<DeliveryAttempt>> attempts = new LinkedHashMap<>();

    /** An empty store. */
    public InMemoryWebhooks() {
        // nothing stored yet
    }

    @Override
    public synchronized void create(WebhookSubscription subscription, WebhookSecret secret) {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(secret, "secret");
        if (subscriptions.containsKey(subscription.id())) {
            throw new IllegalStateException("a subscription with this id exists");
        }
        subscriptions.put(subscription.id(), subscription);
        secrets.put(subscription.id(), SubscriptionSecrets.only(secret));
        attempts.put(subscription.id(), new ArrayList<>());
    }

    @Override
    public synchronized Optional<WebhookSubscription> find(UUID id) {
        return Optional.ofNullable(subscriptions.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized Page<WebhookSubscription> list(PageRequest request) {
        return page(new ArrayList<>(subscriptions.values()), NEWEST_SUBSCRIPTION_FIRST, request,
                subscription -> new PageCursor(subscription.createdAt(), subscription.id()));
    }

    @Override
    public synchronized List<WebhookSubscription> active() {
        return subscriptions.values().stream().filter(subscription -> subscription.state().isActive())
                .sorted(NEWEST_SUBSCRIPTION_FIRST.reversed()).toList();
    }

    @Override
    public synchronized Optional<WebhookSubscription> changeSettings(UUID id, SubscriptionSettings settings, Instant at) {
        Objects.requireNonNull(settings, "settings");
        return replace(id, old -> new WebhookSubscription(old.id(), settings.endpoint(), settings.eventTypes(), settings.privacy(),
                old.state(), old.retry(), old.startAfter(), old.createdAt(), at));
    }

    @Override
    public synchronized Optional<WebhookSubscription> changeState(UUID id, SubscriptionState state, Instant at) {
        Objects.requireNonNull(state, "state");
        return replace(id, old -> new WebhookSubscription(old.id(), old.endpoint(), old.eventTypes(), old.privacy(),
                state, Optional.empty(), old.startAfter(), old.createdAt(), at));
    }

    @Override
    public synchronized void changeRetry(UUID id, Optional<RetrySchedule> retry, Instant at) {
        Objects.requireNonNull(retry, "retry");
        WebhookSubscription old = subscriptions.get(Objects.requireNonNull(id, "id"));
        if (old != null && old.state().isActive()) {
            replace(id, current -> new WebhookSubscription(current.id(), current.endpoint(), current.eventTypes(), current.privacy(),
                    current.state(), retry, current.startAfter(), current.createdAt(), at));
        }
    }

    @Override
    public synchronized Optional<SubscriptionSecrets> secrets(UUID id) {
        return Optional.ofNullable(secrets.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized boolean rotateSecret(UUID id, WebhookSecret next, Instant previousUntil, Instant at) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(previousUntil, "previousUntil");
        SubscriptionSecrets current = secrets.get(Objects.requireNonNull(id, "id"));
        if (current == null) {
            return false;
        }
        secrets.put(id, current.rotatedTo(next, previousUntil));
        replace(id, old -> new WebhookSubscription(old.id(), old.endpoint(), old.eventTypes(), old.privacy(),
                old.state(), old.retry(), old.startAfter(), old.createdAt(), at));
        return true;
    }

    @Override
    public synchronized boolean delete(UUID id) {
        secrets.remove(Objects.requireNonNull(id, "id"));
        attempts.remove(id);
        return subscriptions.remove(id) != null;
    }

    @Override
    public synchronized void record(DeliveryAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        List<DeliveryAttempt> kept = attempts.get(attempt.subscription());
        if (kept == null) {
            return;
        }
        kept.add(attempt);
        if (kept.size() > KEPT_PER_SUBSCRIPTION) {
            kept.sort(NEWEST_ATTEMPT_FIRST);
            kept.subList(KEPT_PER_SUBSCRIPTION, kept.size()).clear();
        }
    }

    @Override
    public synchronized Page<DeliveryAttempt> page(UUID subscription, PageRequest request) {
        List<DeliveryAttempt> kept = attempts.getOrDefault(Objects.requireNonNull(subscription, "subscription"), List.of());
        return page(new ArrayList<>(kept), NEWEST_ATTEMPT_FIRST, request, attempt -> new PageCursor(attempt.attemptedAt(), attempt.id()));
    }

    private Optional<WebhookSubscription> replace(UUID id, Function<WebhookSubscription, WebhookSubscription> change) {
        WebhookSubscription old = subscriptions.get(Objects.requireNonNull(id, "id"));
        if (old == null) {
            return Optional.empty();
        }
        WebhookSubscription changed = change.apply(old);
        subscriptions.put(id, changed);
        return Optional.of(changed);
    }

    private static <T> Page<T> page(List<T> rows, Comparator<T> newestFirst, PageRequest request, Function<T, PageCursor> cursorOf) {
        Objects.requireNonNull(request, "request");
        rows.sort(newestFirst);
        Comparator<PageCursor> cursorOrder = Comparator.comparing(PageCursor::at).thenComparing(PageCursor::id);
        List<T> after = rows.stream()
                .filter(row -> request.after().map(cursor -> cursorOrder.compare(cursorOf.apply(row), cursor) < 0).orElse(true))
                .toList();
        List<T> items = after.subList(0, Math.min(request.limit(), after.size()));
        Optional<PageCursor> next = after.size() > items.size()
                ? Optional.of(cursorOf.apply(items.get(items.size() - 1)))
                : Optional.empty();
        return new Page<>(items, next);
    }
}
