package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Signs HS256 tokens that {@link JwtAuthenticator} accepts: for the {@code token} command and for tests. */
public final class TokenMinter {

    private final MACSigner signer;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public TokenMinter(byte[] secret, String issuer, String audience, Clock clock) {
        try {
            this.signer = new MACSigner(secret);
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("an HS256 secret needs at least 256 bits (32 bytes)", tooShort);
        }
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for {@code subject}, valid from now for {@code lifetime}, with the admin scope if asked. */
    public String mint(UserId subject, boolean admin, Duration lifetime) {
        return mint(subject, admin ? Set.of(Scope.ADMIN) : Set.of(), lifetime);
    }

    /**
     * A token valid from now.
     *
     * @param subject  its {@code sub}
     * @param scopes   its {@code scope} claim, space-separated; none: no claim
     * @param lifetime how long it is valid
     * @return the signed token
     */
    public String mint(UserId subject, Set<Scope> scopes, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (!scopes.isEmpty()) {
            claims.claim("scope", scopes.stream().sorted().map(Scope::text).collect(Collectors.joining(" ")));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }
}
