package io.relations.application.port.out;

import io.relations.application.change.LoggedChange;

/**
 * The body of a webhook delivery: one change as a CloudEvent in structured JSON (the service's
 * {@code cloudevents} module), kept behind a port so that the application needs no JSON library.
 */
@FunctionalInterface
public interface WebhookBodies {

    /**
     * The bytes of one delivery's body.
     *
     * @param change the change as the subscription may see it
     * @return the body, UTF-8 JSON
     */
    byte[] bodyOf(LoggedChange change);
}
