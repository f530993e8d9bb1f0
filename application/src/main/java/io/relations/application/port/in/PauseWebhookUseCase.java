package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.webhook.WebhookSubscription;
import java.util.UUID;

/**
 * An administrator pauses a webhook subscription: nothing is delivered until it is activated, and
 * nothing is dropped meanwhile.
 */
public interface PauseWebhookUseCase {

    /**
     * Pauses the subscription (again, if it already is: the reason becomes the administrator's).
     *
     * @param id its id
     * @return the subscription as it is now; denied {@code SUBSCRIPTION_NOT_FOUND} when none has that id
     */
    Outcome<WebhookSubscription> pauseWebhook(UUID id);
}
