package io.relations.archfixture.jettyclientoutsideitsadapter.adapter.rest;

import org.eclipse.jetty.client.HttpClient;

/** Broken on purpose: the REST adapter makes outbound calls with the webhook adapter's HTTP client. */
public final class CallbackHandler {

    private final HttpClient client = new HttpClient();

    public void call(String url) throws Exception {
        client.GET(url);
    }
}
