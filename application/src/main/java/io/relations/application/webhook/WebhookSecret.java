package io.relations.application.webhook;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A subscription's signing key, as Standard Webhooks writes it: {@code whsec_} and the key's bytes
 * in standard Base64. Shown to the administrator once, when it is made; {@link #toString()} never
 * shows it.
 */
public final class WebhookSecret {

    /** The prefix of a secret's text. */
    public static final String PREFIX = "whsec_";

    /** The fewest bytes a key may have: 192 bits. */
    public static final int MIN_BYTES = 24;

    /** The most bytes a key may have: 512 bits, HMAC-SHA256's block. */
    public static final int MAX_BYTES = 64;

    private static final int GENERATED_BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * A new random key of 32 bytes.
     *
     * @param random where the bytes come from
     * @return the secret
     */
    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    /**
     * The secret a text names.
     *
     * @param text {@code whsec_} and 24 to 64 bytes in standard Base64
     * @return the secret
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is of another form
     */
    public static WebhookSecret parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith(PREFIX) || text.length() > PREFIX.length() + 4 * MAX_BYTES / 3 + 4) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and 24 to 64 bytes in Base64");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and 24 to 64 bytes in Base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and 24 to 64 bytes in Base64");
        }
        return new WebhookSecret(key);
    }

    /** {@return a copy of the key's bytes, what HMAC-SHA256 signs with} */
    public byte[] key() {
        return key.clone();
    }

    /** {@return the secret's text, {@code whsec_} and Base64: for the one answer that shows it, and for storage} */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && java.security.MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** {@return a fixed text: the key never reaches a log} */
    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
