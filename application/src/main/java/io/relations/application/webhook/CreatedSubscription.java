package io.relations.application.webhook;

import java.util.Objects;

/**
 * A new subscription and its secret: the one answer that shows the secret.
 *
 * @param subscription the subscription
 * @param secret       its signing key
 */
public record CreatedSubscription(WebhookSubscription subscription, WebhookSecret secret) {

    /**
     * The answer.
     *
     * @param subscription the subscription
     * @param secret       its key
     * @throws NullPointerException if either is null
     */
    public CreatedSubscription {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(secret, "secret");
    }
}
