package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.webhook.DeliveryAttempt;
import java.util.UUID;

/**
 * Lists a webhook subscription's delivery attempts, newest first: when, which change, how it
 * ended, and when the next attempt is due.
 */
public interface ListDeliveryAttemptsUseCase {

    /**
     * A page of the subscription's attempts.
     *
     * @param id      its id
     * @param request the page's size and where it starts
     * @return the page; denied {@code SUBSCRIPTION_NOT_FOUND} when no subscription has that id
     */
    Outcome<Page<DeliveryAttempt>> listDeliveryAttempts(UUID id, PageRequest request);
}
