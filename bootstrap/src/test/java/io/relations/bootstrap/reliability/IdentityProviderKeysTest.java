package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.auth.JwksServer;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service with {@code RELATIONS_JWT_JWKS_URL}, against an identity provider on 127.0.0.1
 * ({@link JwksServer}) that rotates its keys and goes down. Intervals are seconds, not minutes,
 * so that no test waits long; every wait is a bounded poll.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderKeysTest {

    private static final int MADE_UP_KIDS = 1_000;
    private static final Duration MIN_REFRESH = Duration.ofSeconds(1);
    private static final long STARTED = System.nanoTime();

    private final JwksServer provider = new JwksServer(ServiceUnderTest.ISSUER, ServiceUnderTest.AUDIENCE);
    private ServiceUnderTest service;
    private LoadClient client;
    private long refused;
    private long serverErrors;
    private long rowsChangedByRefusals;

    @BeforeAll
    void start() {
        service = ReliabilityServices.start(settings());
        client = new LoadClient(service.port());
    }

    @AfterAll
    void stop() {
        try {
            new Figures("identity provider keys", refused + " tokens of removed or made-up keys, " + MADE_UP_KIDS + " made-up kids",
                    Duration.ofNanos(System.nanoTime() - STARTED), serverErrors, 0, rowsChangedByRefusals,
                    "JWKS fetches " + provider.fetches() + "; each refused 401").print();
        } finally {
            service.close();
            provider.close();
        }
    }

    private Map<String, String> settings() {
        return Map.of(
                "RELATIONS_JWT_SECRET", "",
                "RELATIONS_JWT_JWKS_URL", provider.url().toString(),
                "RELATIONS_JWT_ALGORITHM", "ES256",
                "RELATIONS_JWT_JWKS_TIMEOUT_MILLIS", "500",
                "RELATIONS_JWT_JWKS_TTL_SECONDS", "3",
                "RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS", "1",
                "RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS", Long.toString(MIN_REFRESH.toSeconds()),
                "RELATIONS_JWT_JWKS_OUTAGE_TOLERANCE_SECONDS", "600");
    }

    @Test
    void a_service_started_while_the_provider_is_down_is_unready_and_refuses_tokens_until_the_provider_answers() {
        // given a provider of its own, down when the service starts
        try (JwksServer down = new JwksServer(ServiceUnderTest.ISSUER, ServiceUnderTest.AUDIENCE)) {
            down.mode(JwksServer.Mode.DOWN);
            Map<String, String> settings = new HashMap<>(settings());
            settings.put("RELATIONS_JWT_JWKS_URL", down.url().toString());
            try (ServiceUnderTest unready = ReliabilityServices.start(settings)) {
                LoadClient unreadyClient = new LoadClient(unready.port());
                UserId user = ServiceUnderTest.unknownUser();

                // then it started, but is not ready and refuses tokens
                assertThat(unreadyClient.send("GET", "/health/ready", null, null).status()).isEqualTo(503);
                assertUnauthorized(unreadyClient.send("GET", "/api/v1/me/blocks", down.token(user), null));

                // and once the provider answers, it becomes ready and accepts them
                down.mode(JwksServer.Mode.UP);
                awaitStatus(200, () -> unreadyClient.send("GET", "/health/ready", null, null));
                assertThat(unreadyClient.send("GET", "/api/v1/me/blocks", down.token(user), null).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void after_a_rotation_the_new_kid_is_accepted_and_a_cached_token_of_the_removed_key_is_refused() {
        // given a token of the current key, accepted (and so cached)
        UserId user = ServiceUnderTest.unknownUser();
        String ofTheOldKey = provider.token(user);
        awaitStatus(200, () -> client.send("GET", "/api/v1/me/blocks", ofTheOldKey, null));

        // when the provider replaces its key
        provider.rotate();
        String ofTheNewKey = provider.token(user);

        // then the new kid is accepted (once the rate limit lets the service fetch), the old key's token no longer
        awaitStatus(200, () -> client.send("GET", "/api/v1/me/blocks", ofTheNewKey, null));
        assertUnauthorized(client.send("GET", "/api/v1/me/blocks", ofTheOldKey, null));
    }

    @Test
    void a_flood_of_made_up_kids_makes_at_most_two_fetches_per_second_of_the_rate_limit() {
        // given
        UserId user = ServiceUnderTest.unknownUser();
        String genuine = provider.token(user);
        awaitStatus(200, () -> client.send("GET", "/api/v1/me/blocks", genuine, null));
        List<String> madeUp = new ArrayList<>();
        for (int i = 0; i < MADE_UP_KIDS; i++) {
            madeUp.add(withKid(genuine, "made-up-" + i));
        }
        int fetchesBefore = provider.fetches();
        TableSnapshot before = TableSnapshot.of(service.dataSource());
        long started = System.nanoTime();

        // when they follow a user
        UserId target = ServiceUnderTest.unknownUser();
        for (String token : madeUp) {
            assertUnauthorized(client.send(Route.FOLLOW, target, token));
        }
        long intervalsBegun = Duration.ofNanos(System.nanoTime() - started).toMillis() / MIN_REFRESH.toMillis() + 1;

        // then: nimbus' rate limit lets two fetches through per interval, whoever asks (also the refresh ahead of
        // expiry), counting the interval already under way when the flood began
        assertThat(provider.fetches() - fetchesBefore).isLessThanOrEqualTo((int) (2 * (intervalsBegun + 1)));
        int rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);
        rowsChangedByRefusals += rowsChanged;
        assertThat(rowsChanged).as("rows changed by the refused follows").isZero();
        assertThat(client.send("GET", "/api/v1/me/blocks", genuine, null).status()).isEqualTo(200);
    }

    @Test
    void while_the_provider_is_down_the_last_good_keys_keep_working_and_the_service_stays_ready() {
        // given
        UserId user = ServiceUnderTest.unknownUser();
        awaitStatus(200, () -> client.send("GET", "/api/v1/me/blocks", provider.token(user), null));
        provider.mode(JwksServer.Mode.DOWN);
        try {
            int fetchesBefore = provider.fetches();

            // when the key set expires and cannot be fetched again
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (provider.fetches() <= fetchesBefore + 1 && System.nanoTime() < deadline) {
                assertThat(client.send("GET", "/api/v1/me/blocks", provider.token(user), null).status()).isEqualTo(200);
                Pause.of(Duration.ofMillis(200));
            }

            // then new tokens of the last good key still pass, and the service stays ready
            assertThat(provider.fetches()).as("fetches tried during the outage").isGreaterThan(fetchesBefore + 1);
            assertThat(client.send("GET", "/api/v1/me/blocks", provider.token(user), null).status()).isEqualTo(200);
            assertThat(client.send("GET", "/health/ready", null, null).status()).isEqualTo(200);
        } finally {
            provider.mode(JwksServer.Mode.UP);
        }
    }

    private void assertUnauthorized(Answer answer) {
        refused++;
        if (answer.isServerError()) {
            serverErrors++;
        }
        assertThat(answer.status()).as("%s", answer).isEqualTo(401);
        assertThat(answer.problem()).isEqualTo("unauthorized");
    }

    /** Asks again for up to fifteen seconds until the answer has {@code status}. */
    private static void awaitStatus(int status, Supplier<Answer> ask) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Answer answer = ask.get();
        while (answer.status() != status && System.nanoTime() < deadline) {
            Pause.of(Duration.ofMillis(100));
            answer = ask.get();
        }
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    }

    /** The token with its header replaced by one naming {@code kid}: no key is found, so the signature is never checked. */
    private static String withKid(String token, String kid) {
        String header = "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
    }
}
