package io.relations.bootstrap.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key that seals the webhook secrets at rest (AES-256: 32 bytes): given by the operator
 * ({@code RELATIONS_WEBHOOK_SECRET_KEY}), or generated once and kept in the data directory, so
 * that secrets are always sealed. Without the key a sealed secret cannot be read: keep it, and
 * give every process on one database the same one.
 */
public sealed interface WebhookSecretKey {

    /** The length of a key, in bytes. */
    int KEY_BYTES = 32;

    /** The key; the generated one is read, or made and kept, on first call. */
    byte[] key();

    /** {@code RELATIONS_WEBHOOK_SECRET_KEY}: the operator's key. */
    record Given(byte[] key) implements WebhookSecretKey {
        public Given {
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("a webhook secret key is " + KEY_BYTES + " bytes");
            }
            key = key.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Given given && Arrays.equals(key, given.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "Given[***]";
        }
    }

    /** The zero-setup default: a key generated on the first start and kept in this file. */
    record Generated(Path file) implements WebhookSecretKey {
        public Generated {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public byte[] key() {
            byte[] key = GeneratedSecretFile.loadOrCreate(file);
            if (key.length != KEY_BYTES) {
                throw new ConfigurationException("the webhook secret key in " + file + " is not " + KEY_BYTES
                        + " bytes: restore the file the service made (the subscriptions' secrets are sealed with it)");
            }
            return key;
        }
    }
}
