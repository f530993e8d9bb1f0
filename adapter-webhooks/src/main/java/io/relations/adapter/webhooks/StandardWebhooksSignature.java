package io.relations.adapter.webhooks;

import io.relations.application.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification (symmetric scheme):
 * for each secret, {@code v1,} and the Base64 of HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, separated by single spaces, in the order the
 * secrets are given (the newest first during a rotation). A receiver accepts the request when any
 * one of them verifies, so a rotation needs no downtime.
 */
public final class StandardWebhooksSignature {

    /** The version tag of a symmetric (HMAC-SHA256) signature. */
    public static final String VERSION = "v1";

    private static final String HMAC = "HmacSHA256";

    private StandardWebhooksSignature() {}

    /**
     * The header's value.
     *
     * @param messageId the {@code webhook-id} sent with it
     * @param timestamp the {@code webhook-timestamp} sent with it, Unix seconds
     * @param body      the exact bytes of the request body
     * @param secrets   the keys, at least one
     * @return one {@code v1,<base64>} per secret, space-separated
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if there is no secret
     */
    public static String header(String messageId, long timestamp, byte[] body, List<WebhookSecret> secrets) {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least one secret");
        }
        byte[] prefix = (messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        return secrets.stream()
                .map(secret -> VERSION + "," + Base64.getEncoder().encodeToString(hmac(secret, prefix, body)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmac(WebhookSecret secret, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.key(), HMAC));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            // Every JDK has HmacSHA256, and HMAC takes a key of any length.
            throw new IllegalStateException(impossible);
        }
    }
}
