package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end side of the authenticator's unit tests: every kind of bad token, sent as a
 * command, is answered 401 with a Bearer challenge, and changes no row (not even registering its
 * subject). Each forgery is signed as carefully as a valid token, with one thing wrong.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class TokenForgeryTest {

    private static final byte[] ANOTHER_SECRET = "a secret the service has never been given, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final AtomicLong ROWS_CHANGED = new AtomicLong();
    private static final long STARTED = System.nanoTime();

    private final ServiceUnderTest service;
    private final LoadClient client;
    private final UserId target;
    private final UserId forger = ServiceUnderTest.unknownUser();

    TokenForgeryTest(ServiceUnderTest service) {
        this.service = service;
        this.client = new LoadClient(service.port());
        this.target = Crowd.registered(1, client).get(0);
    }

    @AfterAll
    static void figures() {
        new Figures("token forgery", REFUSED.get() + " forged, stale or misaddressed tokens", Duration.ofNanos(System.nanoTime() - STARTED),
                0, 0, ROWS_CHANGED.get(), "each answered 401 with WWW-Authenticate: Bearer").print();
    }

    @Test
    void a_valid_token_made_the_same_way_is_accepted_so_that_the_refusals_below_mean_something() {
        assertThat(client.send(Route.FOLLOW, target, Tokens.valid(forger)).status()).isEqualTo(200);
    }

    @Test
    void no_token_is_unauthorized() {
        assertRefusedWithoutChange(null);
    }

    @Test
    void a_garbage_token_is_unauthorized() {
        assertRefusedWithoutChange("garbage");
        assertRefusedWithoutChange("a.b.c");
    }

    @Test
    void an_unsigned_token_with_alg_none_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.unsigned(forger));
    }

    @Test
    void a_token_signed_with_another_secret_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.signed(ANOTHER_SECRET, forger, claims -> { }));
    }

    @Test
    void an_expired_token_is_unauthorized() {
        Instant beyondTheClockSkew = Instant.now().minus(Duration.ofMinutes(2));
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.expirationTime(Date.from(beyondTheClockSkew))));
    }

    @Test
    void a_token_not_yet_valid_is_unauthorized() {
        Instant beyondTheClockSkew = Instant.now().plus(Duration.ofMinutes(2));
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.notBeforeTime(Date.from(beyondTheClockSkew))));
    }

    @Test
    void a_token_from_another_issuer_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.issuer("https://evil.test")));
    }

    @Test
    void a_token_for_another_audience_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.audience("another-api")));
    }

    @Test
    void a_token_without_a_subject_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.subject(null)));
    }

    @Test
    void a_token_whose_subject_is_not_a_uuid_is_unauthorized() {
        assertRefusedWithoutChange(Tokens.signed(Tokens.SECRET, forger, claims -> claims.subject("alice")));
    }

    @Test
    void a_token_whose_signature_was_altered_is_unauthorized() {
        String token = Tokens.valid(forger);
        int at = token.lastIndexOf('.') + 5;
        assertRefusedWithoutChange(token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1));
    }

    @Test
    void a_token_whose_claims_were_swapped_for_an_administrators_is_unauthorized() {
        String[] signedForTheForger = Tokens.valid(forger).split("\\.");
        String adminClaims = Tokens.admin(forger).split("\\.")[1];
        assertRefusedWithoutChange(signedForTheForger[0] + "." + adminClaims + "." + signedForTheForger[2]);
    }

    @Test
    void finding_5_a_valid_token_followed_by_characters_outside_base64url_is_unauthorized() {
        String token = Tokens.valid(forger);
        assertRefusedWithoutChange(token + "*");
        assertRefusedWithoutChange(token + "%%%%");
        assertRefusedWithoutChange(token + "=");
    }

    @Test
    void finding_5_a_valid_token_in_the_standard_alphabet_or_with_unused_bits_set_is_unauthorized() {
        String token = Tokens.valid(forger);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        // an HS256 signature is 43 characters: the last carries two unused bits
        char sameBytes = alphabet.charAt(alphabet.indexOf(token.charAt(token.length() - 1)) | 0b01);
        assertRefusedWithoutChange(token.substring(0, token.length() - 1) + sameBytes);
        String withUrlSafeCharacters = token + (token.indexOf('-') < 0 && token.indexOf('_') < 0 ? "-" : "");
        assertRefusedWithoutChange(withUrlSafeCharacters.replace('-', '+').replace('_', '/'));
    }

    @Test
    void the_rs256_public_key_used_as_an_hs256_secret_is_unauthorized() throws Exception {
        // given a service that verifies RS256 tokens with a public key
        KeyPair rsa = rsaKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(rsa.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        Path keyFile = Files.writeString(Files.createTempFile("relations-public-key", ".pem"), pem);
        try (ServiceUnderTest rs256 = ReliabilityServices.start(Map.of("RELATIONS_JWT_SECRET", "", "RELATIONS_JWT_PUBLIC_KEY_FILE", keyFile.toString()))) {
            LoadClient rs256Client = new LoadClient(rs256.port());
            UserId user = ServiceUnderTest.unknownUser();
            String genuine = Tokens.signed(new RSASSASigner(rsa.getPrivate()), JWSAlgorithm.RS256, user, claims -> { });

            // when the public key, as text and as bytes, signs HS256 tokens
            Answer withPemText = rs256Client.send("GET", "/api/v1/me/blocks", Tokens.signed(pem.getBytes(StandardCharsets.US_ASCII), user, claims -> { }), null);
            Answer withKeyBytes = rs256Client.send("GET", "/api/v1/me/blocks", Tokens.signed(rsa.getPublic().getEncoded(), user, claims -> { }), null);

            // then only the genuine RS256 token is accepted
            assertThat(rs256Client.send("GET", "/api/v1/me/blocks", genuine, null).status()).isEqualTo(200);
            assertUnauthorized(withPemText);
            assertUnauthorized(withKeyBytes);
        } finally {
            Files.delete(keyFile);
        }
    }

    private void assertRefusedWithoutChange(String token) {
        TableSnapshot before = TableSnapshot.of(service.dataSource());
        Answer answer = client.send(Route.FOLLOW, target, token);
        int rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);
        ROWS_CHANGED.addAndGet(rowsChanged);
        assertUnauthorized(answer);
        assertThat(rowsChanged).as("rows changed by the refused request").isZero();
    }

    private static void assertUnauthorized(Answer answer) {
        REFUSED.incrementAndGet();
        assertThat(answer.status()).as("%s", answer).isEqualTo(401);
        assertThat(answer.problem()).isEqualTo("unauthorized");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
