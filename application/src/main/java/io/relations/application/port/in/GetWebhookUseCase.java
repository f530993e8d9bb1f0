package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.webhook.WebhookSubscription;
import java.util.UUID;

/**
 * Reads one webhook subscription, never with a secret: its state shows whether it is paused and
 * why.
 */
public interface GetWebhookUseCase {

    /**
     * One subscription.
     *
     * @param id its id
     * @return it; denied {@code SUBSCRIPTION_NOT_FOUND} when none has that id
     */
    Outcome<WebhookSubscription> getWebhook(UUID id);
}
