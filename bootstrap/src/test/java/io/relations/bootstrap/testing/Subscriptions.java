package io.relations.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;

/** Webhook subscriptions made through the administrators' API, for the tests that need one. */
public final class Subscriptions {

    /** The administrators' collection of subscriptions. */
    public static final String PATH = "/api/v1/admin/webhooks";

    private Subscriptions() {
    }

    /**
     * Creates a subscription from {@code body}, failing the test unless it is created (201).
     *
     * @return the subscription as created: its {@code id}, and its {@code secret}, answered this once
     */
    public static JsonNode create(ApiClient admin, String body) {
        HttpReply created = admin.send("POST", PATH, body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }
}
