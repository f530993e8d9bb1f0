package io.relations.application.port.in;

import io.relations.application.webhook.CreatedSubscription;
import io.relations.application.webhook.SubscriptionSettings;

/**
 * An administrator subscribes an endpoint to the change log: it receives what happens from now
 * on.
 */
public interface CreateWebhookUseCase {

    /**
     * Creates an active subscription with a new secret.
     *
     * @param settings where it goes and what it receives
     * @return the subscription and its secret: the only answer that shows the secret
     */
    CreatedSubscription createWebhook(SubscriptionSettings settings);
}
