package io.relations.application.port.in;

import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.webhook.WebhookSubscription;

/**
 * Lists the webhook subscriptions, never with a secret.
 */
public interface ListWebhooksUseCase {

    /**
     * A page of subscriptions, newest first.
     *
     * @param request the page's size and where it starts
     * @return the page
     */
    Page<WebhookSubscription> listWebhooks(PageRequest request);
}
