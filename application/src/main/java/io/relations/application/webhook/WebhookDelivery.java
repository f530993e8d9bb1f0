package io.relations.application.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One attempt to deliver one change to one endpoint: what {@link io.relations.application.port.out.WebhookSender}
 * sends, signed with every secret given (two while a secret is being rotated), as the Standard
 * Webhooks headers {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}.
 *
 * @param endpoint  where to: an {@code http} or {@code https} URL
 * @param messageId the {@code webhook-id}: the change's id, the same on every attempt, so receivers
 *                  drop repeats by it
 * @param timestamp the {@code webhook-timestamp}: when this attempt is made
 * @param body      the request body, a CloudEvent in structured JSON
 * @param secrets   the keys to sign with, 1 or 2, the newest first
 */
public record WebhookDelivery(URI endpoint, String messageId, Instant timestamp, byte[] body, List<WebhookSecret> secrets) {

    /**
     * A delivery; the body and the secrets are copied.
     *
     * @param endpoint  an http or https URL
     * @param messageId the message's id, 1 to 100 printable ASCII characters without spaces
     * @param timestamp when
     * @param body      the body
     * @param secrets   1 or 2 keys
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the endpoint is not an absolute http(s) URL, the id is of
     *                                  another form, or there are not 1 or 2 secrets
     */
    public WebhookDelivery {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(timestamp, "timestamp");
        body = Objects.requireNonNull(body, "body").clone();
        secrets = List.copyOf(secrets);
        String scheme = endpoint.getScheme();
        if (!endpoint.isAbsolute() || endpoint.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("a webhook endpoint is an absolute http or https URL");
        }
        if (messageId.isEmpty() || messageId.length() > 100 || !messageId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a webhook message id is 1 to 100 printable ASCII characters");
        }
        if (secrets.isEmpty() || secrets.size() > 2) {
            throw new IllegalArgumentException("a delivery is signed with 1 or 2 secrets");
        }
    }

    /** {@return a copy of the body} */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
