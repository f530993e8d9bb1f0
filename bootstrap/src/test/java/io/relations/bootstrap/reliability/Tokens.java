package io.relations.bootstrap.reliability;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The reliability tests' tokens, signed with a secret of their own that {@link ReliabilityServices}
 * gives the service in place of the fixture's, so that a test may sign any claims at all: valid
 * ones, and each way of being wrong. Valid for hours: a long run outlasts minutes.
 */
final class Tokens {

    static final byte[] SECRET = "the reliability tests' own HS256 secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final Duration LIFETIME = Duration.ofHours(6);

    private Tokens() {
    }

    /** The environment that makes the service check tokens with {@link #SECRET}. */
    static Map<String, String> serviceSettings() {
        return Map.of("RELATIONS_JWT_SECRET", Base64.getEncoder().encodeToString(SECRET));
    }

    static String valid(UserId user) {
        return signed(SECRET, user, claims -> { });
    }

    static String admin(UserId user) {
        return signed(SECRET, user, claims -> claims.claim("scope", "admin"));
    }

    /** A token with the admin scope, for an administrator of its own. */
    static String admin() {
        return admin(UserId.of(UUID.randomUUID()));
    }

    /** Valid claims for {@code user} (issuer, audience, hours ahead), changed by {@code change}, signed HS256 with {@code secret}. */
    static String signed(byte[] secret, UserId user, Consumer<JWTClaimsSet.Builder> change) {
        try {
            return signed(new MACSigner(secret), JWSAlgorithm.HS256, user, change);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signed(JWSSigner signer, JWSAlgorithm algorithm, UserId user, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = validClaims(user);
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** {@code alg: none}: valid claims, no signature at all. */
    static String unsigned(UserId user) {
        return new PlainJWT(validClaims(user).build()).serialize();
    }

    private static JWTClaimsSet.Builder validClaims(UserId user) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(user.toString())
                .issuer(ServiceUnderTest.ISSUER)
                .audience(ServiceUnderTest.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
    }
}
