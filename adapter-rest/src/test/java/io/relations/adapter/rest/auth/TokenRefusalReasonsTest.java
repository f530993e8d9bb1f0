package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A refused token's reason goes to the log, so it is one of a few fixed sentences: never nimbus'
 * message, which quotes the token's header and claims, the client's own text.
 */
class TokenRefusalReasonsTest {

    private static final byte[] SECRET = "the refusal reasons test's secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final String ISSUER = "https://issuer.test";
    private static final String AUDIENCE = "relations-api";
    private static final String FORGED = "\nFORGED 2026-12-01T09:00:00Z INFO admin granted";

    private final JwtAuthenticator authenticator = new JwtAuthenticator(JwtSettings.hs256(SECRET, ISSUER, AUDIENCE));

    @Test
    void a_newline_in_the_jwt_headers_typ_is_refused_with_a_fixed_reason_that_does_not_quote_it() {
        // given a well-signed token whose header's typ carries a line of its own
        String token = signed(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(FORGED)).build(), claims -> { });

        // when
        InvalidTokenException refused = catchThrowableOfType(InvalidTokenException.class, () -> authenticator.authenticate(token));

        // then
        assertThat(refused.getMessage()).isEqualTo("the header is not accepted (typ, alg or the kind of JOSE object)");
    }

    @Test
    void claims_and_header_fields_from_the_token_never_reach_the_refusal_reason() {
        JWSHeader plain = new JWSHeader(JWSAlgorithm.HS256);
        assertReasonQuotesNothing(signed(plain, claims -> claims.issuer(FORGED)));
        assertReasonQuotesNothing(signed(plain, claims -> claims.audience(FORGED)));
        assertReasonQuotesNothing(signed(plain, claims -> claims.subject(FORGED)));
        assertReasonQuotesNothing(signed(plain, claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3_600))).claim("x", FORGED)));
        assertReasonQuotesNothing(signed(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(FORGED).customParam("crit-ish", FORGED).build(),
                claims -> claims.issuer(FORGED)));
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"alg\":\"" + FORGED + "\"}").getBytes(StandardCharsets.UTF_8));
        assertReasonQuotesNothing(header + ".e30.c2ln");
        assertReasonQuotesNothing(FORGED);
    }

    @Test
    void an_expired_token_says_so_in_its_reason() {
        String token = signed(new JWSHeader(JWSAlgorithm.HS256), claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3_600))));

        assertThat(catchThrowableOfType(InvalidTokenException.class, () -> authenticator.authenticate(token)))
                .hasMessage("the token has expired");
    }

    private void assertReasonQuotesNothing(String token) {
        InvalidTokenException refused = catchThrowableOfType(InvalidTokenException.class, () -> authenticator.authenticate(token));
        assertThat(refused).as("a refusal of %s", token).isNotNull();
        assertThat(refused.getMessage()).doesNotContain("FORGED").doesNotContain("\n");
    }

    private static String signed(JWSHeader header, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .expirationTime(Date.from(now.plusSeconds(300)));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new MACSigner(SECRET));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
