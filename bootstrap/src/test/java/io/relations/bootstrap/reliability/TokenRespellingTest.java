package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.auth.TokenRespellings;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 5 over HTTP, as a property: seeded random respellings of one valid token (characters
 * outside Base64URL, padding, the standard alphabet, unused bits set; see {@link TokenRespellings})
 * are each answered 401 and change no row, while the token itself keeps passing.
 * {@code -Drelations.seed=} replays a run.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class TokenRespellingTest {

    private static final int RESPELLINGS = Volumes.fastOrLong(1_000, 20_000);

    private final ServiceUnderTest service;

    TokenRespellingTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void every_respelling_of_a_valid_token_is_unauthorized_and_changes_no_row() {
        // given a caller whose token passes
        LoadClient client = new LoadClient(service.port());
        long seed = Seeds.seed();
        System.out.println(Figures.PREFIX + " token respellings: seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed);
        Random random = new Random(seed);
        UserId caller = ServiceUnderTest.unknownUser();
        String token = Tokens.valid(caller);
        assertThat(client.send("GET", "/api/v1/me/blocks", token, null).status()).isEqualTo(200);
        UserId target = Crowd.registered(1, client).get(0);
        TableSnapshot before = TableSnapshot.of(service.dataSource());
        long started = System.nanoTime();

        // when it follows someone with respellings of its token
        List<String> failures = new ArrayList<>();
        long serverErrors = 0;
        for (int i = 0; i < RESPELLINGS; i++) {
            String respelled = TokenRespellings.IN_A_HEADER.respell(token, random);
            Answer answer = client.send(Route.FOLLOW, target, respelled);
            serverErrors += answer.isServerError() ? 1 : 0;
            if (answer.status() != 401 || !answer.problem().equals("unauthorized")) {
                failures.add(answer.status() + " for " + respelled);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);

        // then
        new Figures("token respellings", RESPELLINGS + " respellings of one valid token", took, serverErrors, 0, rowsChanged,
                "seed " + seed + ", not answered 401: " + failures.size()).print();
        failures.stream().limit(20).forEach(failure -> System.out.println("  " + failure));
        assertThat(failures).isEmpty();
        assertThat(rowsChanged).as("rows changed by refused follows").isZero();
        assertThat(client.send("GET", "/api/v1/me/blocks", token, null).status()).isEqualTo(200);
    }
}
