package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.relations.adapter.rest.http.Params;
import io.relations.domain.model.UserId;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks bearer tokens with nimbus-jose-jwt. The key selector accepts exactly the configured
 * algorithm, so {@code alg: none}, and an RS256 public key replayed as an HS256 secret, are both
 * refused before any signature is computed. Claims: {@code sub} (a UUID), {@code exp}, {@code iss}
 * and {@code aud} are required, {@code nbf} is checked when present, both with the configured skew.
 * The scope {@code admin} comes from {@code scope} (space-separated) or {@code scp} (an array).
 *
 * <p>Lifetime: a token may claim at most the configured maximum ({@code exp - iat}), and is refused
 * while its {@code exp} lies further ahead than that maximum (plus the skew). The second rule is
 * what a token without {@code iat} is measured by, as if issued when first presented; it also
 * stops an {@code iat} set in the future from stretching a short claimed lifetime into a long one.
 */
public final class JwtAuthenticator implements Authenticator {

    public static final String ADMIN_SCOPE = "admin";
    private static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final Duration clockSkew;
    private final Duration maxLifetime;

    public JwtAuthenticator(JwtSettings settings) {
        clockSkew = settings.clockSkew();
        maxLifetime = settings.maxLifetime();
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keySelector(settings));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("sub", "exp", "iss", "aud"));
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    @Override
    public Caller authenticate(String bearerToken) {
        return verify(bearerToken).caller();
    }

    /** Checks the token in full, and says until when it passes (for {@link VerifiedTokenCache}). */
    public VerifiedToken verify(String bearerToken) {
        if (bearerToken.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("token longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        }
        String subject = claims.getSubject();
        if (!Params.isUuid(subject)) {
            throw new InvalidTokenException("the subject is not a UUID");
        }
        // exp is required, so the verifier has already refused a token without one.
        Instant expiry = claims.getExpirationTime().toInstant();
        refuseLongerThanTheMaximum(claims, expiry, Instant.now());
        Instant validUntil = expiry.plus(clockSkew);
        return new VerifiedToken(new Caller(UserId.parse(subject), scopes(claims).contains(ADMIN_SCOPE)), validUntil);
    }

    private void refuseLongerThanTheMaximum(JWTClaimsSet claims, Instant expiry, Instant now) {
        if (claims.getIssueTime() != null && Duration.between(claims.getIssueTime().toInstant(), expiry).compareTo(maxLifetime) > 0) {
            throw new InvalidTokenException("the token claims a lifetime (exp - iat) longer than " + maxLifetime);
        }
        if (Duration.between(now, expiry).compareTo(maxLifetime.plus(clockSkew)) > 0) {
            throw new InvalidTokenException("the token expires further ahead than " + maxLifetime);
        }
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        Object scp = claims.getClaim("scp");
        if (scope instanceof String text) {
            return Arrays.asList(text.trim().split("\\s+"));
        }
        if (scp instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (scp instanceof String text) {
            return Arrays.asList(text.trim().split("\\s+"));
        }
        return List.of();
    }

    private static JWSKeySelector<SecurityContext> keySelector(JwtSettings settings) {
        if (settings.jwks().isPresent()) {
            return new JWSVerificationKeySelector<>(settings.algorithm(), new ImmutableJWKSet<>(settings.jwks().get()));
        }
        return new SingleKeyJWSKeySelector<>(settings.algorithm(), settings.key().orElseThrow());
    }
}
