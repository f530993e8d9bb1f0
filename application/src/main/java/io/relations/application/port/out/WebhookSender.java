package io.relations.application.port.out;

import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.WebhookDelivery;

/**
 * Sends one signed webhook request. An implementation never sends to an address deliveries must
 * not reach (private, loopback, link-local and the like, checked on the address the name resolved
 * to, before connecting) unless its configured allow-list names it, follows no redirect, and ends
 * every attempt within its timeout.
 */
public interface WebhookSender {

    /**
     * One attempt.
     *
     * @param delivery what to send where, and the secrets to sign with
     * @return how it ended; never throws for anything the endpoint or the network did
     */
    DeliveryResult send(WebhookDelivery delivery);
}
