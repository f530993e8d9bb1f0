package io.relations.application.port.in;

import java.util.UUID;

/**
 * Deletes a webhook subscription with its secrets and attempts, and forgets its position:
 * retention no longer waits for it.
 */
public interface DeleteWebhookUseCase {

    /**
     * Deletes the subscription.
     *
     * @param id its id
     * @return true, or false when no subscription had that id
     */
    boolean deleteWebhook(UUID id);
}
