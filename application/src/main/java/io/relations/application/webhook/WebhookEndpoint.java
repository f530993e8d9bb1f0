package io.relations.application.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where a subscription's deliveries go: an absolute {@code http} or {@code https} URL with a host,
 * at most {@value #MAX_LENGTH} characters, without user information (a password in a URL ends up in
 * logs) and without a fragment. Whether its host may be reached is not decided here: a name can
 * resolve elsewhere tomorrow, so the sender checks the resolved address on every attempt.
 *
 * @param uri the URL
 */
public record WebhookEndpoint(URI uri) {

    /** The longest URL a subscription may have. */
    public static final int MAX_LENGTH = 2_000;

    /**
     * An endpoint.
     *
     * @param uri the URL
     * @throws NullPointerException     if {@code uri} is null
     * @throws IllegalArgumentException if it is not of the form above
     */
    public WebhookEndpoint {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.isOpaque() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("a webhook URL is an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("a webhook URL names a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a webhook URL carries no user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a webhook URL has no fragment");
        }
        if (uri.toString().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a webhook URL is at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * The endpoint a text names.
     *
     * @param text the URL
     * @return the endpoint
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is not a URL of the form above
     */
    public static WebhookEndpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a webhook URL is at most " + MAX_LENGTH + " characters");
        }
        try {
            return new WebhookEndpoint(new URI(text));
        } catch (URISyntaxException notAUri) {
            throw new IllegalArgumentException("a webhook URL is an absolute http or https URL");
        }
    }

    /** {@return the URL as text, as it was given} */
    @Override
    public String toString() {
        return uri.toString();
    }
}
