package io.relations.archfixture.jettyclientoutsideitsadapter.bootstrap;

import org.eclipse.jetty.client.HttpClient;

/** Broken on purpose: bootstrap sends its own requests with the webhook adapter's HTTP client. */
public final class KeySetFetcher {

    public String fetch(HttpClient client, String url) throws Exception {
        return client.GET(url).getContentAsString();
    }
}
