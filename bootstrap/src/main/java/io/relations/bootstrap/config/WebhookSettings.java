package io.relations.bootstrap.config;

import io.relations.adapter.webhooks.AllowList;
import io.relations.application.webhook.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the service delivers webhooks: which addresses besides public ones it may reach, how long
 * one attempt may take, and how failures are retried before a subscription is paused.
 *
 * @param allowList the addresses outside the public internet deliveries may reach (none by default)
 * @param timeout   the longest one attempt may take
 * @param retry     the backoff after failures and how long they may last
 * @param deliver   whether this process delivers (false: the subscriptions are kept and managed,
 *                  and their changes wait for a process that delivers)
 * @param secretKey the key that seals the subscriptions' secrets at rest
 */
public record WebhookSettings(AllowList allowList, Duration timeout, RetryPolicy retry, boolean deliver, WebhookSecretKey secretKey) {

    static final String ALLOWED_ADDRESSES = "RELATIONS_WEBHOOK_ALLOWED_ADDRESSES";
    static final String TIMEOUT = "RELATIONS_WEBHOOK_TIMEOUT_MS";
    static final String RETRY_FIRST = "RELATIONS_WEBHOOK_RETRY_FIRST";
    static final String RETRY_MAX = "RELATIONS_WEBHOOK_RETRY_MAX";
    static final String RETRY_WINDOW = "RELATIONS_WEBHOOK_RETRY_WINDOW";
    static final String DELIVER = "RELATIONS_WEBHOOK_DELIVERIES";
    static final String SECRET_KEY = "RELATIONS_WEBHOOK_SECRET_KEY";

    /** Every setting of the webhooks (the known settings list them too). */
    static final List<String> NAMES = List.of(ALLOWED_ADDRESSES, TIMEOUT, RETRY_FIRST, RETRY_MAX, RETRY_WINDOW, DELIVER, SECRET_KEY);

    private static final int DEFAULT_TIMEOUT_MS = 15_000;

    public WebhookSettings {
        Objects.requireNonNull(allowList, "allowList");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    static WebhookSettings from(Environment env, Path dataDirectory) {
        AllowList allowList = env.text(ALLOWED_ADDRESSES).map(text -> {
            try {
                return AllowList.parse(text);
            } catch (IllegalArgumentException invalid) {
                throw Environment.invalid(ALLOWED_ADDRESSES, text, "addresses, CIDR blocks, address:port or name:port, comma-separated ("
                        + invalid.getMessage() + ")");
            }
        }).orElse(AllowList.none());
        Duration timeout = Duration.ofMillis(env.integer(TIMEOUT, DEFAULT_TIMEOUT_MS, 50, 300_000));
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        Duration first = env.duration(RETRY_FIRST, defaults.first(), Duration.ofMillis(10), Duration.ofHours(1));
        Duration max = env.duration(RETRY_MAX, defaults.max(), first, Duration.ofDays(1));
        Duration window = env.duration(RETRY_WINDOW, defaults.window(), Duration.ofSeconds(1), Duration.ofDays(30));
        return new WebhookSettings(allowList, timeout, new RetryPolicy(first, max, window), env.flag(DELIVER, true),
                secretKey(env, dataDirectory));
    }

    /** Base64 (standard or URL-safe) of exactly 32 bytes; by default one generated in the data directory. */
    private static WebhookSecretKey secretKey(Environment env, Path dataDirectory) {
        Optional<String> text = env.text(SECRET_KEY);
        if (text.isEmpty()) {
            return new WebhookSecretKey.Generated(dataDirectory.resolve("webhook-secret-key"));
        }
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                byte[] key = decoder.decode(text.get().strip());
                if (key.length == WebhookSecretKey.KEY_BYTES) {
                    return new WebhookSecretKey.Given(key);
                }
            } catch (IllegalArgumentException notBase64) {
                // try the next alphabet
            }
        }
        // The key itself is never quoted: a message may end up in a log.
        throw new ConfigurationException(SECRET_KEY + " is not base64 of " + WebhookSecretKey.KEY_BYTES
                + " bytes (an AES-256 key); make one with: openssl rand -base64 32");
    }
}
