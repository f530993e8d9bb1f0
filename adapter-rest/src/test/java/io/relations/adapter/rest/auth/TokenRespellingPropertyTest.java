package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The class of defect behind finding 5 (one token, unlimited spellings): seeded random respellings
 * of one valid token, of every kind the lenient decoder let through, are all refused and never
 * enter the verified-token cache. The seed is printed; {@code -Drelations.seed=} replays a run.
 */
class TokenRespellingPropertyTest {

    private static final byte[] SECRET = "the respelling test's HS256 secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final String ISSUER = "https://issuer.test";
    private static final String AUDIENCE = "relations-api";
    private static final int RESPELLINGS = 5_000;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Outside unpadded Base64URL: the standard alphabet's extras, padding, separators, controls, and beyond ASCII. */
    private static final String OUTSIDE = "+/=*%.~!$&'()[],;: \t\r\n\u0000\u007f\u00e9\u2028\uff21\ud83d";

    @Test
    void every_respelling_of_a_valid_token_is_refused_and_never_cached() {
        // given a valid token, verified and cached
        long seed = seed();
        System.out.println("token respellings: seed " + seed + "; replay with -Drelations.seed=" + seed);
        Random random = new Random(seed);
        JwtAuthenticator checker = new JwtAuthenticator(JwtSettings.hs256(SECRET, ISSUER, AUDIENCE));
        VerifiedTokenCache cache = new VerifiedTokenCache(checker::verify, Clock.systemUTC(), 10_000);
        String token = new TokenMinter(SECRET, ISSUER, AUDIENCE, Clock.systemUTC()).mint(UserId.of(UUID.randomUUID()), false, Duration.ofMinutes(5));
        cache.authenticate(token);

        // when it is respelled at random, in every way
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < RESPELLINGS; i++) {
            String respelled = respell(token, random);
            assertThat(respelled).as("a respelling, seed %d", seed).isNotEqualTo(token);
            try {
                cache.authenticate(respelled);
                accepted.add(respelled);
            } catch (InvalidTokenException expected) {
                // refused, as it must be
            }
        }

        // then none passed, and the cache holds the one genuine spelling only
        assertThat(accepted).as("respellings accepted, seed %d", seed).isEmpty();
        assertThat(cache.size()).as("entries in the cache, seed %d", seed).isEqualTo(1);
    }

    private static String respell(String token, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> token + outside(random);
            case 1 -> insertAt(token, random.nextInt(token.length() + 1), outside(random));
            case 2 -> insertAt(token, endOfPart(token, random.nextInt(3)), random.nextBoolean() ? "=" : "==");
            case 3 -> standardAlphabet(token, random);
            default -> unusedBitsSet(token, random);
        };
    }

    private static String outside(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(OUTSIDE.charAt(random.nextInt(OUTSIDE.length())));
        }
        return text.toString();
    }

    /** One '-' as '+' or one '_' as '/', as the standard alphabet spells them; an appended '+' if there is neither. */
    private static String standardAlphabet(String token, Random random) {
        List<Integer> urlSafe = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '-' || token.charAt(i) == '_') {
                urlSafe.add(i);
            }
        }
        if (urlSafe.isEmpty()) {
            return token + "+";
        }
        int at = urlSafe.get(random.nextInt(urlSafe.size()));
        return token.substring(0, at) + (token.charAt(at) == '-' ? '+' : '/') + token.substring(at + 1);
    }

    /** The last character of a part whose length leaves unused bits, with some of them set: the same bytes once decoded. */
    private static String unusedBitsSet(String token, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            int length = endOfPart(token, part) - startOfPart(token, part);
            if (length % 4 == 2 || length % 4 == 3) {
                candidates.add(part);
            }
        }
        if (candidates.isEmpty()) {
            return token + "=";
        }
        int part = candidates.get(random.nextInt(candidates.size()));
        int end = endOfPart(token, part);
        int unused = (end - startOfPart(token, part)) % 4 == 2 ? 0b1111 : 0b11;
        int bits = 1 + random.nextInt(unused);
        char last = ALPHABET.charAt(ALPHABET.indexOf(token.charAt(end - 1)) | bits);
        return token.substring(0, end - 1) + last + token.substring(end);
    }

    private static String insertAt(String token, int at, String text) {
        return token.substring(0, at) + text + token.substring(at);
    }

    private static int startOfPart(String token, int part) {
        int start = 0;
        for (int i = 0; i < part; i++) {
            start = token.indexOf('.', start) + 1;
        }
        return start;
    }

    private static int endOfPart(String token, int part) {
        int dot = token.indexOf('.', startOfPart(token, part));
        return dot < 0 ? token.length() : dot;
    }

    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
