package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.webhook.WebhookSubscription;
import java.util.UUID;

/**
 * Activates a paused webhook subscription: it resumes with the first change it has not delivered,
 * at once, whatever its failures were.
 */
public interface ActivateWebhookUseCase {

    /**
     * Activates the subscription (an active one stays active and is tried again at once).
     *
     * @param id its id
     * @return the subscription as it is now; denied {@code SUBSCRIPTION_NOT_FOUND} when none has that id
     */
    Outcome<WebhookSubscription> activateWebhook(UUID id);
}
