package io.relations.application.service;

import io.relations.application.change.ChangePosition;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
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
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.webhook.CreatedSubscription;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What administrators do with webhook subscriptions. A new subscription starts at the log's
 * latest position (it receives what happens from then on); its position lives with the other
 * consumers' ({@link ConsumerPositions}), which is why pausing, activating and editing never move
 * it and only a replay does. Secrets leave this service twice only: in the answers of a creation
 * and of a rotation. Holds no state of its own; as safe to share as its ports.
 */
public final class WebhookAdministrationService implements CreateWebhookUseCase, ListWebhooksUseCase, GetWebhookUseCase,
        UpdateWebhookUseCase, PauseWebhookUseCase, ActivateWebhookUseCase, RotateWebhookSecretUseCase, ReplayWebhookUseCase,
        DeleteWebhookUseCase, ListDeliveryAttemptsUseCase {

    /** How long the previous secret keeps signing after a rotation. */
    public static final Duration ROTATION_WINDOW = Duration.ofHours(24);

    private final WebhookSubscriptions subscriptions;
    private final DeliveryAttempts attempts;
    private final ConsumerPositions positions;
    private final ChangeLog log;
    private final IdGenerator ids;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * The service on its ports.
     *
     * @param subscriptions the subscriptions and their secrets
     * @param attempts      their delivery attempts
     * @param positions     where each subscription stands in the log
     * @param log           the change log, for the position a new subscription starts at
     * @param ids           ids of new subscriptions
     * @param clock         the time of every change
     * @param random        where new secrets come from
     * @throws NullPointerException if any is null
     */
    public WebhookAdministrationService(WebhookSubscriptions subscriptions, DeliveryAttempts attempts, ConsumerPositions positions,
                                        ChangeLog log, IdGenerator ids, Clock clock, SecureRandom random) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public CreatedSubscription createWebhook(SubscriptionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription(ids.newId(), settings.endpoint(), settings.eventTypes(),
                settings.privacy(), SubscriptionState.ACTIVE, Optional.empty(), log.latest(), now, now);
        WebhookSecret secret = WebhookSecret.generate(random);
        subscriptions.create(subscription, secret);
        return new CreatedSubscription(subscription, secret);
    }

    @Override
    public Page<WebhookSubscription> listWebhooks(PageRequest request) {
        return subscriptions.list(Objects.requireNonNull(request, "request"));
    }

    @Override
    public Outcome<WebhookSubscription> getWebhook(UUID id) {
        return found(subscriptions.find(id));
    }

    @Override
    public Outcome<WebhookSubscription> updateWebhook(UUID id, SubscriptionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return found(subscriptions.changeSettings(id, settings, clock.instant()));
    }

    @Override
    public Outcome<WebhookSubscription> pauseWebhook(UUID id) {
        return found(subscriptions.changeState(id, SubscriptionState.PAUSED_BY_ADMINISTRATOR, clock.instant()));
    }

    @Override
    public Outcome<WebhookSubscription> activateWebhook(UUID id) {
        return found(subscriptions.changeState(id, SubscriptionState.ACTIVE, clock.instant()));
    }

    @Override
    public Outcome<WebhookSecret> rotateWebhookSecret(UUID id) {
        Instant now = clock.instant();
        WebhookSecret next = WebhookSecret.generate(random);
        return subscriptions.rotateSecret(id, next, now.plus(ROTATION_WINDOW), now)
                ? Outcome.success(next)
                : Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code after} lies beyond the log's latest position: a
     *                                  subscription cannot be moved past changes not yet written
     */
    @Override
    public Outcome<WebhookSubscription> replayWebhook(UUID id, ChangePosition after) {
        Objects.requireNonNull(after, "after");
        Optional<WebhookSubscription> found = subscriptions.find(id);
        if (found.isEmpty()) {
            return Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
        }
        Optional<ChangePosition> removed = log.removedThrough();
        if (removed.isPresent() && removed.get().isAfter(after)) {
            return Outcome.denied(Denial.POSITION_EXPIRED);
        }
        if (after.isAfter(log.latest())) {
            throw new IllegalArgumentException("a replay starts at a position the log has reached");
        }
        WebhookSubscription subscription = found.get();
        // A subscription not yet dispatched has no position to move: claiming it once creates it where it starts.
        positions.tryClaim(subscription.consumer(), subscription.startAfter()).ifPresent(ConsumerClaim::close);
        positions.reset(subscription.consumer(), after);
        return Outcome.success(subscription);
    }

    @Override
    public boolean deleteWebhook(UUID id) {
        boolean deleted = subscriptions.delete(id);
        positions.forget(WebhookSubscription.consumerOf(id));
        return deleted;
    }

    @Override
    public Outcome<Page<DeliveryAttempt>> listDeliveryAttempts(UUID id, PageRequest request) {
        Objects.requireNonNull(request, "request");
        if (subscriptions.find(id).isEmpty()) {
            return Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND);
        }
        return Outcome.success(attempts.page(id, request));
    }

    private static Outcome<WebhookSubscription> found(Optional<WebhookSubscription> subscription) {
        return subscription.map(Outcome::success).orElseGet(() -> Outcome.denied(Denial.SUBSCRIPTION_NOT_FOUND));
    }
}
