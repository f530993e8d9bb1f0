package io.relations.bootstrap.config;

import java.net.URI;
import io.relations.adapter.rest.auth.JwtSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** How bearer tokens are verified: which key, which issuer and audience, and how long a token may live. */
public record TokenSettings(TokenKey key, String issuer, String audience, Duration maxLifetime) {

    /** {@code RELATIONS_JWT_MAX_LIFETIME}'s default; why a day, see {@link JwtSettings#DEFAULT_MAX_LIFETIME}. */
    public static final Duration DEFAULT_MAX_LIFETIME = JwtSettings.DEFAULT_MAX_LIFETIME;

    public TokenSettings {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
    }

    /** With the default maximum lifetime. */
    public TokenSettings(TokenKey key, String issuer, String audience) {
        this(key, issuer, audience, DEFAULT_MAX_LIFETIME);
    }

    /** The key that signs tokens (HS256) or verifies them (RS256/ES256). */
    public sealed interface TokenKey {
    }

    /** An HS256 secret of at least 256 bits, given by the operator. */
    public record SharedSecret(byte[] secret) implements TokenKey {
        public SharedSecret {
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }

        @Override
        public String toString() {
            return "SharedSecret[***]";
        }
    }

    /** The algorithms a public key may verify; one per service, never chosen by the token. */
    public enum PublicKeyAlgorithm {
        RS256,
        ES256
    }

    /** A public key, PEM-encoded in a file. */
    public record PublicKeyFile(Path file, PublicKeyAlgorithm algorithm) implements TokenKey {
        public PublicKeyFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(algorithm, "algorithm");
        }
    }

    /** A JWKS document in a file. */
    public record JwksFile(Path file, PublicKeyAlgorithm algorithm) implements TokenKey {
        public JwksFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(algorithm, "algorithm");
        }
    }

    /**
     * The JWKS URL of an identity provider, and how its keys are fetched: the timeout of a connect
     * and of a read, how long a fetched set is used, how long before its expiry it is fetched again,
     * the least time between two fetches, and how long the last good set is used while the
     * provider is down (zero: not at all).
     */
    public record JwksUrl(
            URI url,
            PublicKeyAlgorithm algorithm,
            Duration timeout,
            Duration timeToLive,
            Duration refreshAhead,
            Duration minRefreshInterval,
            Duration outageTolerance) implements TokenKey {
        public JwksUrl {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(timeToLive, "timeToLive");
            Objects.requireNonNull(refreshAhead, "refreshAhead");
            Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
            Objects.requireNonNull(outageTolerance, "outageTolerance");
        }
    }

    /** The zero-setup default: an HS256 secret generated once and kept in this file. */
    public record GeneratedSecret(Path file) implements TokenKey {
        public GeneratedSecret {
            Objects.requireNonNull(file, "file");
        }
    }
}
