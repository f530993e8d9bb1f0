package io.relations.adapter.persistence.webhook;

import io.relations.application.webhook.WebhookSecret;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook secret is kept in its column: as given ({@code whsec_…}) without a key, or sealed
 * with AES-256-GCM under the installation's key ({@code aesgcm:} and Base64url of the 12-byte
 * nonce, the ciphertext and its tag), bound to its subscription's id so that a sealed secret copied
 * to another row does not open. Reading takes either form, so a key can be set on an installation
 * that already has subscriptions (their secrets are sealed at their next rotation); a sealed secret
 * without the key is an error, never a secret.
 */
public final class SecretSealing {

    /** The length of a key, in bytes: AES-256. */
    public static final int KEY_BYTES = 32;

    static final String SEALED_PREFIX = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    private SecretSealing(Optional<SecretKeySpec> key) {
        this.key = key;
    }

    /** {@return no sealing: secrets are kept as given} */
    public static SecretSealing none() {
        return new SecretSealing(Optional.empty());
    }

    /**
     * Sealing under a key.
     *
     * @param key {@value #KEY_BYTES} bytes; copied
     * @return the sealing
     * @throws IllegalArgumentException if the key is not {@value #KEY_BYTES} bytes
     */
    public static SecretSealing aesGcm(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret key is " + KEY_BYTES + " bytes");
        }
        return new SecretSealing(Optional.of(new SecretKeySpec(key.clone(), "AES")));
    }

    String seal(UUID subscription, WebhookSecret secret) {
        if (key.isEmpty()) {
            return secret.reveal();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, subscription, nonce, secret.key());
        return SEALED_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    WebhookSecret open(UUID subscription, String stored) {
        if (!stored.startsWith(SEALED_PREFIX)) {
            return WebhookSecret.parse(stored);
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("the webhook secrets are sealed: the adapter needs their key");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(SEALED_PREFIX.length()));
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] opened = cipher(Cipher.DECRYPT_MODE, subscription, nonce, Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
        return WebhookSecret.parse(WebhookSecret.PREFIX + Base64.getEncoder().encodeToString(opened));
    }

    private byte[] cipher(int mode, UUID subscription, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(2 * Long.BYTES)
                    .putLong(subscription.getMostSignificantBits()).putLong(subscription.getLeastSignificantBits()).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key or a tampered column; the message names neither the key nor the secret.
            throw new IllegalStateException("a webhook secret does not open with the configured key", e);
        }
    }
}
