package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import java.security.Key;
import java.text.ParseException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * How tokens are checked: exactly one algorithm, its key (a shared secret, a public key, a JWKS,
 * or the JWKS URL of an identity provider), the expected issuer and audience, the clock skew
 * tolerated on {@code exp}/{@code nbf}, and the longest lifetime a token may claim
 * ({@code exp - iat}). Built once by the bootstrap from its configuration; anything weak or
 * malformed fails there.
 */
public final class JwtSettings {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    /**
     * A day: a token minted for a working session, or by {@code relations.jar token} (12 hours by
     * default), passes; one minted for months or years does not, so a leaked token stops working
     * within a day of its issue, and an identity provider's access tokens (minutes to hours) are
     * far inside it.
     */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(24);
    /** Beyond this a bound is no bound: the setting is refused rather than taken. */
    public static final Duration LONGEST_MAX_LIFETIME = Duration.ofDays(366);
    private static final int MIN_SECRET_BYTES = 32;

    private final JWSAlgorithm algorithm;
    private final Optional<Key> key;
    private final Optional<JWKSet> jwks;
    private final Optional<RemoteKeySetSettings> jwksUrl;
    private final String issuer;
    private final String audience;
    private final Duration clockSkew;
    private final Duration maxLifetime;

    private JwtSettings(JWSAlgorithm algorithm, Optional<Key> key, Optional<JWKSet> jwks, Optional<RemoteKeySetSettings> jwksUrl,
            String issuer, String audience, Duration clockSkew, Duration maxLifetime) {
        this.algorithm = algorithm;
        this.key = key;
        this.jwks = jwks;
        this.jwksUrl = jwksUrl;
        this.issuer = requireText(issuer, "issuer");
        this.audience = requireText(audience, "audience");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the clock skew must be between 0 and 5 minutes");
        }
        this.maxLifetime = Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maxLifetime.compareTo(Duration.ofMinutes(1)) < 0 || maxLifetime.compareTo(LONGEST_MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("the maximum token lifetime must be between 1 minute and 366 days");
        }
    }

    /** HS256 with a shared secret of at least 256 bits. */
    public static JwtSettings hs256(byte[] secret, String issuer, String audience) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an HS256 secret needs at least 256 bits (32 bytes), got " + secret.length + " bytes");
        }
        Key key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        return new JwtSettings(JWSAlgorithm.HS256, Optional.of(key), Optional.empty(), Optional.empty(), issuer, audience, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME);
    }

    /** RS256 or ES256 with one public key, PEM-encoded ({@code -----BEGIN PUBLIC KEY-----}). */
    public static JwtSettings publicKey(PublicKeyAlgorithm algorithm, String pem, String issuer, String audience) {
        return new JwtSettings(algorithm.jws(), Optional.of(PublicKeys.fromPem(algorithm, pem)), Optional.empty(),
                Optional.empty(), issuer, audience, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME);
    }

    /** RS256 or ES256 with the keys of a JWKS document (the text of the file); the token's {@code kid} picks one. */
    public static JwtSettings jwks(PublicKeyAlgorithm algorithm, String jwksJson, String issuer, String audience) {
        JWKSet set;
        try {
            set = JWKSet.parse(jwksJson);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the JWKS is not valid: " + e.getMessage(), e);
        }
        if (set.getKeys().isEmpty()) {
            throw new IllegalArgumentException("the JWKS has no key");
        }
        if (set.getKeys().stream().anyMatch(jwk -> jwk.isPrivate())) {
            throw new IllegalArgumentException("the JWKS holds a private key; give the service public keys only");
        }
        return new JwtSettings(algorithm.jws(), Optional.empty(), Optional.of(set), Optional.empty(), issuer, audience, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME);
    }

    /**
     * RS256 or ES256 with the keys an identity provider publishes at a JWKS URL, fetched and kept
     * as {@code remote} says; the token's {@code kid} picks one.
     */
    public static JwtSettings jwksUrl(PublicKeyAlgorithm algorithm, RemoteKeySetSettings remote, String issuer, String audience) {
        return new JwtSettings(algorithm.jws(), Optional.empty(), Optional.empty(), Optional.of(remote), issuer, audience, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME);
    }

    public JwtSettings withClockSkew(Duration skew) {
        return new JwtSettings(algorithm, key, jwks, jwksUrl, issuer, audience, skew, maxLifetime);
    }

    /** The longest {@code exp - iat} a token may claim; see {@link JwtAuthenticator} for tokens without {@code iat}. */
    public JwtSettings withMaxLifetime(Duration lifetime) {
        return new JwtSettings(algorithm, key, jwks, jwksUrl, issuer, audience, clockSkew, lifetime);
    }

    JWSAlgorithm algorithm() {
        return algorithm;
    }

    Optional<Key> key() {
        return key;
    }

    Optional<JWKSet> jwks() {
        return jwks;
    }

    Optional<RemoteKeySetSettings> jwksUrl() {
        return jwksUrl;
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the expected " + name + " must be set");
        }
        return value;
    }
}
