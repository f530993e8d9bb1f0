package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.WebhookSubscription;
import java.util.UUID;

/**
 * Changes where a webhook subscription goes and what it receives; its position stays, so the next
 * change it receives is the next one in the log after what it already received.
 */
public interface UpdateWebhookUseCase {

    /**
     * Replaces the subscription's settings.
     *
     * @param id       its id
     * @param settings the new settings
     * @return the subscription as it is now; denied {@code SUBSCRIPTION_NOT_FOUND} when none has that id
     */
    Outcome<WebhookSubscription> updateWebhook(UUID id, SubscriptionSettings settings);
}
