package io.relations.application.port.out;

import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook subscriptions and their secrets. Each change is one narrow write, so the dispatcher
 * recording a failure and an administrator editing the same subscription do not overwrite each
 * other's fields. Secrets come out only through {@link #secrets}, for signing.
 */
public interface WebhookSubscriptions {

    /**
     * Stores a new subscription with its first secret.
     *
     * @param subscription the subscription, active and without a retry schedule
     * @param secret       its signing key
     */
    void create(WebhookSubscription subscription, WebhookSecret secret);

    /**
     * A subscription.
     *
     * @param id its id
     * @return it, or empty when no subscription has that id
     */
    Optional<WebhookSubscription> find(UUID id);

    /**
     * Subscriptions, newest first (by creation time, then id), keyset-paginated.
     *
     * @param request the page's size and where it starts
     * @return the page; its cursor is the last entry's creation time and id
     */
    Page<WebhookSubscription> list(PageRequest request);

    /** {@return every active subscription: what the dispatcher delivers to, oldest first} */
    List<WebhookSubscription> active();

    /**
     * Replaces what an administrator chooses of a subscription; its state, retry and position stay.
     *
     * @param id       its id
     * @param settings the new settings
     * @param at       when
     * @return the subscription as it is now, or empty when none has that id
     */
    Optional<WebhookSubscription> changeSettings(UUID id, SubscriptionSettings settings, Instant at);

    /**
     * Sets a subscription's state. Every change of state drops its retry schedule: a paused one has
     * none, and an activated one is tried again at once.
     *
     * @param id    its id
     * @param state the new state
     * @param at    when
     * @return the subscription as it is now, or empty when none has that id
     */
    Optional<WebhookSubscription> changeState(UUID id, SubscriptionState state, Instant at);

    /**
     * Records that the subscription's endpoint is failing, or (empty) that it recovered. Changes
     * nothing of a subscription that is no longer active.
     *
     * @param id    its id
     * @param retry the schedule, or empty when an attempt was acknowledged
     * @param at    when
     */
    void changeRetry(UUID id, Optional<RetrySchedule> retry, Instant at);

    /**
     * A subscription's keys, for signing a delivery.
     *
     * @param id its id
     * @return the keys, or empty when no subscription has that id
     */
    Optional<SubscriptionSecrets> secrets(UUID id);

    /**
     * Rotates a subscription's key: {@code next} becomes the current one, and the current one signs
     * beside it until {@code previousUntil}.
     *
     * @param id            its id
     * @param next          the new key
     * @param previousUntil when the current key stops signing
     * @param at            when
     * @return true, or false when no subscription has that id
     */
    boolean rotateSecret(UUID id, WebhookSecret next, Instant previousUntil, Instant at);

    /**
     * Deletes a subscription, its secrets and its attempts.
     *
     * @param id its id
     * @return true, or false when no subscription had that id
     */
    boolean delete(UUID id);
}
