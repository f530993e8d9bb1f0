package io.relations.archfixture.restuseswebhooks.adapter.webhooks;

public final class EndpointSender {

    public boolean send(String url) {
        return !url.isEmpty();
    }
}
