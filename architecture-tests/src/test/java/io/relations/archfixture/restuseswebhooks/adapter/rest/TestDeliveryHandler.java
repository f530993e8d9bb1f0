package io.relations.archfixture.restuseswebhooks.adapter.rest;

import io.relations.archfixture.restuseswebhooks.adapter.webhooks.EndpointSender;

/** Broken on purpose: a REST handler sends a webhook itself instead of through an application port. */
public final class TestDeliveryHandler {

    private final EndpointSender sender = new EndpointSender();

    public int handle(String url) {
        return sender.send(url) ? 204 : 502;
    }
}
