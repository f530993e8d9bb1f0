package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.webhook.WebhookSecret;
import java.util.UUID;

/**
 * Gives a webhook subscription a new secret; the old one keeps signing beside it for the rotation
 * window, so receivers can switch without losing a delivery.
 */
public interface RotateWebhookSecretUseCase {

    /**
     * Rotates the subscription's secret.
     *
     * @param id its id
     * @return the new secret: the only answer that shows it; denied {@code SUBSCRIPTION_NOT_FOUND}
     *         when none has that id
     */
    Outcome<WebhookSecret> rotateWebhookSecret(UUID id);
}
