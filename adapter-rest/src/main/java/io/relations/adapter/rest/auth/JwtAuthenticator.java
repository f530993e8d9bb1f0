package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.relations.adapter.rest.http.Params;
import io.relations.domain.model.UserId;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks bearer tokens with nimbus-jose-jwt. The key selector accepts exactly the configured
 * algorithm, so {@code alg: none}, and an RS256 public key replayed as an HS256 secret, are both
 * refused before any signature is computed. Claims: {@code sub} (a UUID), {@code exp}, {@code iss}
 * and {@code aud} are required, {@code nbf} is checked when present, both with the configured skew.
 * The scopes ({@link Scope}) come from {@code scope} (space-separated) or {@code scp} (an array);
 * those the API does not know are left out.
 * Before any parsing, a token must be in its one canonical spelling ({@link CanonicalToken}).
 * With a JWKS URL the keys come from the provider ({@link RemoteKeySet}); close the authenticator
 * to stop their background refresh.
 *
 * <p>Lifetime: a token may claim at most the configured maximum ({@code exp - iat}), and is refused
 * while its {@code exp} lies further ahead than that maximum (plus the skew). The second rule is
 * what a token without {@code iat} is measured by, as if issued when first presented; it also
 * stops an {@code iat} set in the future from stretching a short claimed lifetime into a long one.
 */
public final class JwtAuthenticator implements Authenticator, AutoCloseable {

    public static final String ADMIN_SCOPE = "admin";
    /** The {@link #keySetVersion()} of keys that never change: a secret, a public key, a JWKS file. */
    public static final long FIXED_KEYS = 0;
    /** The {@link #keySetVersion()} while no keys can be had; no verified token carries it. */
    public static final long NO_KEYS = RemoteKeySet.UNAVAILABLE;
    private static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final Duration clockSkew;
    private final Optional<RemoteKeySet> remoteKeys;
    private final Duration maxLifetime;

    public JwtAuthenticator(JwtSettings settings) {
        clockSkew = settings.clockSkew();
        maxLifetime = settings.maxLifetime();
        remoteKeys = settings.jwksUrl().map(RemoteKeySet::new);
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keySelector(settings, remoteKeys));
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
        CanonicalToken.require(bearerToken);
        // Read before the check: if the keys change during it, the token is checked again next time.
        long keySetVersion = keySetVersion();
        if (keySetVersion == NO_KEYS) {
            throw new InvalidTokenException("no key set can be had from the identity provider");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(reasonFor(e), e);
        }
        String subject = claims.getSubject();
        if (!Params.isUuid(subject)) {
            throw new InvalidTokenException("the subject is not a UUID");
        }
        // exp is required, so the verifier has already refused a token without one.
        Instant expiry = claims.getExpirationTime().toInstant();
        refuseLongerThanTheMaximum(claims, expiry, Instant.now());
        Instant validUntil = expiry.plus(clockSkew);
        return new VerifiedToken(new Caller(UserId.parse(subject), knownScopes(claims)), validUntil, keySetVersion);
    }

    /**
     * Which keys tokens are checked with now: {@link #FIXED_KEYS} for keys given at start; for a
     * JWKS URL a number that changes when the provider's keys change, or {@link #NO_KEYS}.
     */
    public long keySetVersion() {
        return remoteKeys.isPresent() ? remoteKeys.get().version() : FIXED_KEYS;
    }

    /** Whether any token could pass: false while the identity provider's keys cannot be had. */
    public boolean hasKeys() {
        return keySetVersion() != NO_KEYS;
    }

    @Override
    public void close() {
        remoteKeys.ifPresent(RemoteKeySet::close);
    }

    /**
     * A fixed reason per kind of refusal, never nimbus' message: that quotes the token's own
     * header and claims ({@code typ}, {@code iss}, {@code aud}), which are the client's text.
     */
    private static String reasonFor(Exception refusal) {
        if (refusal instanceof ParseException) {
            return "not a well-formed JWT";
        }
        if (refusal instanceof BadJWSException) {
            return "the signature does not verify with the configured algorithm and key";
        }
        if (refusal instanceof BadJWTException) {
            return switch (String.valueOf(refusal.getMessage())) {
                case "Expired JWT" -> "the token has expired";
                case "JWT before use time" -> "the token is not valid yet (nbf)";
                default -> "a claim is missing or not the expected one (sub, exp, iss, aud)";
            };
        }
        if (refusal instanceof BadJOSEException) {
            return "the header is not accepted (typ, alg or the kind of JOSE object)";
        }
        return "the signature could not be checked";
    }

    private void refuseLongerThanTheMaximum(JWTClaimsSet claims, Instant expiry, Instant now) {
        if (claims.getIssueTime() != null && Duration.between(claims.getIssueTime().toInstant(), expiry).compareTo(maxLifetime) > 0) {
            throw new InvalidTokenException("the token claims a lifetime (exp - iat) longer than " + maxLifetime);
        }
        if (Duration.between(now, expiry).compareTo(maxLifetime.plus(clockSkew)) > 0) {
            throw new InvalidTokenException("the token expires further ahead than " + maxLifetime);
        }
    }

    private static Set<Scope> knownScopes(JWTClaimsSet claims) {
        Set<Scope> known = EnumSet.noneOf(Scope.class);
        scopes(claims).forEach(text -> Scope.of(text).ifPresent(known::add));
        return known;
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

    private static JWSKeySelector<SecurityContext> keySelector(JwtSettings settings, Optional<RemoteKeySet> remoteKeys) {
        if (remoteKeys.isPresent()) {
            return new JWSVerificationKeySelector<>(settings.algorithm(), remoteKeys.get().keys());
        }
        if (settings.jwks().isPresent()) {
            return new JWSVerificationKeySelector<>(settings.algorithm(), new ImmutableJWKSet<>(settings.jwks().get()));
        }
        return new SingleKeyJWSKeySelector<>(settings.algorithm(), settings.key().orElseThrow());
    }
}
