package io.relations.archfixture.clean.adapter.webhooks;

import io.relations.archfixture.clean.application.port.out.FollowNotifier;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import org.eclipse.jetty.client.HttpClient;

/** The webhook adapter as it should be: an outbound port over Jetty's HTTP client, which stays here. */
public final class WebhookFollowNotifier implements FollowNotifier {

    private final HttpClient client;
    private final String endpoint;

    public WebhookFollowNotifier(HttpClient client, String endpoint) {
        this.client = client;
        this.endpoint = endpoint;
    }

    @Override
    public boolean notify(UserFollowed event) {
        try {
            return client.POST(endpoint).send().getStatus() / 100 == 2;
        } catch (Exception failed) {
            return false;
        }
    }
}
