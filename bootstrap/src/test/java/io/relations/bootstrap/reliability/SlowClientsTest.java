package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Slow clients against the whole service (issue 10, finding 8): connections that trickle a
 * request's headers or body a byte at a time are cut at the read deadline (2 s here), the cut
 * commands change nothing, and a caller beside them is served all along.
 */
class SlowClientsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** The sweep's period and a loaded machine; far below the idle timeout (30 s) that a trickle keeps alive. */
    private static final Duration SLACK = Duration.ofSeconds(6);
    private static final Duration PAUSE = Duration.ofMillis(500);

    @Test
    void slow_clients_are_cut_at_the_read_deadline_change_nothing_and_do_not_starve_other_callers() throws Exception {
        int slowConnections = Volumes.fastOrLong(24, 120);
        int otherRequests = Volumes.fastOrLong(200, 2_000);
        try (ServiceUnderTest service = ReliabilityServices.start(Map.of("RELATIONS_HTTP_READ_DEADLINE_MS", Long.toString(DEADLINE.toMillis())))) {
            LoadClient client = new LoadClient(service.port());
            // given
            Crowd users = Crowd.registered(3, client);
            UserId attacker = users.get(0);
            UserId target = users.get(1);
            UserId bystander = users.get(2);
            String body = "{\"reason\":\"" + "slow".repeat(20) + "\"}";
            String blockHead = "PUT /api/v1/me/blocks/" + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + users.token(attacker) + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n";
            String headersStart = "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            String headersRest = "X-Slow: " + "s".repeat(60) + "\r\n\r\n";
            TableSnapshot before = TableSnapshot.of(service.dataSource());
            ExecutorService threads = Executors.newFixedThreadPool(slowConnections);

            // when
            long started = System.nanoTime();
            List<CompletableFuture<Trickle.Outcome>> slow = new ArrayList<>();
            for (int i = 0; i < slowConnections; i++) {
                boolean inTheBody = i % 2 == 0;
                slow.add(CompletableFuture.supplyAsync(() -> inTheBody
                        ? Trickle.send(service.port(), blockHead, body, PAUSE, DEADLINE.plus(SLACK))
                        : Trickle.send(service.port(), headersStart, headersRest, PAUSE, DEADLINE.plus(SLACK)), threads));
            }
            List<Answer> beside = new ArrayList<>();
            for (int i = 0; i < otherRequests; i++) {
                beside.add(client.send(Route.STATS, bystander, users.token(bystander)));
            }
            List<Trickle.Outcome> outcomes = new ArrayList<>();
            for (CompletableFuture<Trickle.Outcome> outcome : slow) {
                outcomes.add(outcome.get(DEADLINE.plus(SLACK).plusSeconds(15).toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            threads.shutdownNow();
            int rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);

            // then
            List<Trickle.Outcome> bodies = new ArrayList<>();
            List<Trickle.Outcome> headers = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                (i % 2 == 0 ? bodies : headers).add(outcomes.get(i));
            }
            long serverErrors = outcomes.stream().filter(outcome -> outcome.status() >= 500).count()
                    + beside.stream().filter(answer -> answer.status() >= 500).count();
            Duration longest = outcomes.stream().map(Trickle.Outcome::took).max(Duration::compareTo).orElse(Duration.ZERO);
            new Figures("slow clients", slowConnections + " connections trickling a byte every " + PAUSE.toMillis() + " ms (half headers, half bodies), "
                    + otherRequests + " requests of another caller beside them", took, serverErrors, service.invariantViolations().size(), rowsChanged,
                    "read deadline " + DEADLINE.toSeconds() + " s; bodies answered 408: "
                    + bodies.stream().filter(outcome -> outcome.status() == 408).count() + "/" + bodies.size()
                    + "; headers closed unanswered: " + headers.stream().filter(outcome -> outcome.status() == 0 && !outcome.gaveUp()).count()
                    + "/" + headers.size() + "; longest slow connection " + longest.toMillis() + " ms").print();
            assertThat(bodies).allSatisfy(outcome -> {
                assertThat(outcome.status()).as("%s", outcome).isEqualTo(408);
                assertThat(outcome.answer()).contains("request_timeout").doesNotContain("Exception", "org.eclipse");
            });
            assertThat(headers).allSatisfy(outcome -> assertThat(outcome.status()).as("%s", outcome).isZero());
            assertThat(outcomes).allSatisfy(outcome -> {
                assertThat(outcome.gaveUp()).as("%s", outcome).isFalse();
                assertThat(outcome.allSent()).as("cut before the whole request was sent: %s", outcome).isFalse();
                assertThat(outcome.took()).as("%s", outcome).isLessThan(DEADLINE.plus(SLACK));
            });
            assertThat(beside).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
            assertThat(serverErrors).isZero();
            assertThat(rowsChanged).isZero();
            assertThat(service.invariantViolations()).isEmpty();
        }
    }
}
