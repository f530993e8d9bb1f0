package io.relations.adapter.rest;

import io.relations.application.change.ChangePosition;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.port.in.ActivateWebhookUseCase;
import io.relations.application.port.in.CreateWebhookUseCase;
import io.relations.application.port.in.DeleteWebhookUseCase;
import io.relations.application.port.in.GetWebhookUseCase;
import io.relations.application.port.in.ListDeliveryAttemptsUseCase;
import io.relations.application.port.in.ListWebhooksUseCase;
import io.relations.application.port.in.PauseWebhookUseCase;
import io.relations.application.port.in.ReplayWebhookUseCase;
import io.relations.application.port.in.RotateWebhookSecretUseCase;
import io.relations.application.port.in.UpdateWebhookUseCase;
import io.relations.application.webhook.CreatedSubscription;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook use cases over a map, noting each call; answers what a service would, without its
 * rules (the application's tests cover those). {@link #latest} is the log's latest position a
 * replay may not pass.
 */
final class StubWebhooks implements CreateWebhookUseCase, ListWebhooksUseCase, GetWebhookUseCase, UpdateWebhookUseCase,
        PauseWebhookUseCase, ActivateWebhookUseCase, RotateWebhookSecretUseCase, ReplayWebhookUseCase, DeleteWebhookUseCase,
        ListDeliveryAttemptsUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();

    final Map<UUID, WebhookSubscription> subscriptions = new ConcurrentHashMap<>();
    final Map<UUID, List<DeliveryAttempt>> attempts = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    volatile ChangePosition latest = new ChangePosition(100, 1);
    volatile Optional<ChangePosition> removedThrough = Optional.empty();

    void reset() {
        subscriptions.clear();
        attempts.clear();
        calls.clear();
        latest = new ChangePosition(100, 1);
        removedThrough = Optional.empty();
    }

    @Override
    public CreatedSubscription createWebhook(SubscriptionSettings settings) {
        Instant now = now();
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), settings.endpoint(), settings.eventTypes(),
                settings.privacy(), SubscriptionState.ACTIVE, Optional.empty(), latest, now, now);
        subscriptions.put(subscription.id(), subscription);
        attempts.put(subscription.id(), new CopyOnWriteArrayList<>());
        calls.add("create " + subscription.id());
        return new CreatedSubscription(subscription, WebhookSecret.generate(RANDOM));
    }

    @Override
    public Page<WebhookSubscription> listWebhooks(PageRequest request) {
        List<WebhookSubscription> all = new ArrayList<>(subscriptions.values());
        all.sort(Comparator.comparing(WebhookSubscription::createdAt).thenComparing(WebhookSubscription::id).reversed());
        return page(all, request, subscription -> new PageCursor(subscription.createdAt(), subscription.id()));
    }

    @Override
    public Outcome<WebhookSubscription> getWebhook(UUID id) {
        return found(Optional.ofNullable(subscriptions.get(id)));
    }

    @Override
    public Outcome<WebhookSubscription> updateWebhook(UUID id, SubscriptionSettings settings) {
        calls.add("update " + id);
        return found(Optional.ofNullable(subscriptions.computeIfPresent(id, (key, old) -> new WebhookSubscription(id, settings.endpoint(),
                settings.eventTypes(), settings.privacy(), old.state(), old.retry(), old.startAfter(), old.createdAt(), now()))));
    }

    @Override
    public Outcome<WebhookSubscription> pauseWebhook(UUID id) {
        return state(id, SubscriptionState.PAUSED_BY_ADMINISTRATOR);
    }

    @Override
    public Outcome<WebhookSubscription> activateWebhook(UUID id) {
        return state(id, SubscriptionState.ACTIVE);
    }

    @Override
    public Outcome<WebhookSecret> rotateWebhookSecret(UUID id) {
        calls.add("rotate " + id);
        return subscriptions.containsKey(id) ? Outcome.success(WebhookSecret.generate(RANDOM)) : Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
    }

    @Override
    public Outcome<WebhookSubscription> replayWebhook(UUID id, ChangePosition after) {
        if (!subscriptions.containsKey(id)) {
            return Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
        }
        if (removedThrough.isPresent() && removedThrough.get().isAfter(after)) {
            return Outcome.denied(Denial.POSITION_EXPIRED);
        }
        if (after.isAfter(latest)) {
            throw new IllegalArgumentException("beyond the log");
        }
        calls.add("replay " + id + " " + after);
        return Outcome.success(subscriptions.get(id));
    }

    @Override
    public boolean deleteWebhook(UUID id) {
        calls.add("delete " + id);
        attempts.remove(id);
        return subscriptions.remove(id) != null;
    }

    @Override
    public Outcome<Page<DeliveryAttempt>> listDeliveryAttempts(UUID id, PageRequest request) {
        List<DeliveryAttempt> kept = attempts.get(id);
        if (kept == null) {
            return Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
        }
        List<DeliveryAttempt> all = new ArrayList<>(kept);
        all.sort(Comparator.comparing(DeliveryAttempt::attemptedAt).thenComparing(DeliveryAttempt::id).reversed());
        return Outcome.success(page(all, request, attempt -> new PageCursor(attempt.attemptedAt(), attempt.id())));
    }

    Instant now() {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(clock.incrementAndGet());
    }

    private Outcome<WebhookSubscription> state(UUID id, SubscriptionState state) {
        calls.add(state + " " + id);
        return found(Optional.ofNullable(subscriptions.computeIfPresent(id, (key, old) -> new WebhookSubscription(id, old.endpoint(),
                old.eventTypes(), old.privacy(), state, Optional.empty(), old.startAfter(), old.createdAt(), now()))));
    }

    private static Outcome<WebhookSubscription> found(Optional<WebhookSubscription> subscription) {
        return subscription.map(Outcome::success).orElseGet(() -> Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND));
    }

    private static <T> Page<T> page(List<T> newestFirst, PageRequest request, java.util.function.Function<T, PageCursor> cursorOf) {
        Comparator<PageCursor> order = Comparator.comparing(PageCursor::at).thenComparing(PageCursor::id);
        List<T> after = newestFirst.stream()
                .filter(row -> request.after().map(cursor -> order.compare(cursorOf.apply(row), cursor) < 0).orElse(true))
                .toList();
        List<T> items = after.subList(0, Math.min(request.limit(), after.size()));
        return new Page<>(items, after.size() > items.size() ? Optional.of(cursorOf.apply(items.get(items.size() - 1))) : Optional.empty());
    }
}
