package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the service's own embedded PostgreSQL under a storm of commands, as the
 * kernel's OOM killer would do it. The service's supervisor restarts it on the same data: meanwhile
 * commands are answered 503 with Retry-After and readiness fails, liveness holds; then the service
 * serves again by itself, and no command answered 2xx is missing. When the server cannot come back,
 * liveness fails so that an orchestrator restarts the service.
 */
class EmbeddedPostgresKillTest {

    private static final Duration BEFORE = Duration.ofSeconds(2);
    private static final Duration AFTER = Duration.ofSeconds(Volumes.fastOrLong(2, 10));
    private static final int KILLS = Volumes.fastOrLong(1, 5);
    /** Generous: a restart is a second or two here, but a loaded build machine is slow. */
    private static final Duration SERVES_AGAIN_WITHIN = Duration.ofSeconds(60);
    /** Longer than readiness is cached (1 s), so that an outage is seen by the readiness probe. */
    private static final Map<String, String> RESTART_AFTER_A_FEW_SECONDS = Map.of(
            "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS", "10",
            "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", "3000",
            "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS", "5000");

    @Test
    void after_a_kill_9_of_its_embedded_postgres_under_load_the_service_serves_again_by_itself_and_no_command_answered_2xx_is_missing()
            throws Exception {
        try (ServiceUnderTest service = ReliabilityServices.startOnItsOwnEmbeddedPostgres(RESTART_AFTER_A_FEW_SECONDS);
             ReadinessWatch readiness = ReadinessWatch.start(new LoadClient(service.port()))) {
            LoadClient client = new LoadClient(service.port());
            // given
            long seed = Seeds.seed();
            RetryingStorm storm = RetryingStorm.start(client, seed);
            long started = System.nanoTime();
            Pause.of(BEFORE);

            // when
            List<String> outages = new ArrayList<>();
            List<Integer> livenessWhileDown = new ArrayList<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                long killedAt = System.nanoTime();
                Postmaster.killMinus9(service.embeddedPostgresDirectory());
                // A backend may finish the query it is on after its postmaster died: count from when the service knows.
                Duration notReady = awaitNotReady(readiness, killedAt);
                long notReadyAt = killedAt + notReady.toNanos();
                livenessWhileDown.add(client.send("GET", "/health/live", null, null).status());
                Optional<Duration> servedAgain = awaitFirstSuccess(storm, notReadyAt);
                assertThat(servedAgain).as("a command answered 2xx after kill " + kill + " within " + SERVES_AGAIN_WITHIN).isPresent();
                outages.add(String.format("kill %d: not ready %d ms and first 2xx %d ms after the kill",
                        kill, notReady.toMillis(), notReady.plus(servedAgain.orElseThrow()).toMillis()));
                Pause.of(AFTER);
            }
            storm.stop();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            List<String> violations = service.invariantViolations();
            long lost = storm.lostSuccesses(service.dataSource());
            AnswerTally tally = storm.tally;
            String details = String.format("seed %d, %d answered 503 (%s), %s, 2xx answers missing from the tables %d, statuses %s",
                    seed, storm.unavailable.count(), storm.unavailable.summary(), String.join("; ", outages), lost, tally.statuses());
            new Figures("embedded PostgreSQL killed", storm.volume() + ", " + KILLS + " kill -9 of the postmaster", took,
                    tally.serverErrors() - tally.count(503), violations.size(), Figures.NOT_MEASURED, details).print();
            assertThat(storm.unavailable.count()).as("commands answered 503 while PostgreSQL was down").isPositive();
            assertThat(storm.unavailableWithoutRetryAfter.sum()).as("503 without Retry-After").isZero();
            assertThat(tally.unexpected()).as(tally.samples()).isZero();
            assertThat(livenessWhileDown).as("liveness while PostgreSQL restarts").containsOnly(200);
            assertThat(violations).isEmpty();
            assertThat(lost).isZero();
        }
    }

    @Test
    void when_its_embedded_postgres_cannot_be_restarted_liveness_fails_so_that_an_orchestrator_restarts_the_service() {
        Map<String, String> twoQuickAttempts = Map.of(
                "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS", "2",
                "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", "100",
                "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS", "200");
        try (ServiceUnderTest service = ReliabilityServices.startOnItsOwnEmbeddedPostgres(twoQuickAttempts)) {
            LoadClient client = new LoadClient(service.port());
            assertThat(client.send("GET", "/health/live", null, null).status()).isEqualTo(200);

            // when
            Postmaster.breakDataDirectory(service.embeddedPostgresDirectory());
            Postmaster.killMinus9(service.embeddedPostgresDirectory());

            // then
            Answer live = awaitLiveness(client, 503);
            assertThat(live.status()).as("/health/live within " + SERVES_AGAIN_WITHIN).isEqualTo(503);
            assertThat(live.problem()).isEqualTo("unavailable");
            assertThat(live.retryAfter()).isNotNull();
            assertThat(client.send("GET", "/health/ready", null, null).status()).isEqualTo(503);
            Crowd users = Crowd.unregistered(2);
            Answer command = client.send(Route.FOLLOW, users.get(1), users.token(users.get(0)));
            assertThat(command.status()).isEqualTo(503);
            assertThat(command.retryAfter()).isNotNull();
        }
    }

    @Test
    void after_a_restart_no_command_meets_a_pooled_connection_from_before_the_kill() throws Exception {
        try (ServiceUnderTest service = ReliabilityServices.startOnItsOwnEmbeddedPostgres(
                Map.of("RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", "100"))) {
            LoadClient client = new LoadClient(service.port());
            Crowd users = Crowd.registered(20, client);
            // given every pooled connection used a moment ago, so that the pool trusts it without a check
            Parallel.run(10, 100, Duration.ofMinutes(1),
                    index -> client.send(Route.FOLLOW, users.get(index % 20), users.token(users.get((index + 1) % 20))));

            // when
            Postmaster.killMinus9(service.embeddedPostgresDirectory());
            awaitServerAcceptsConnections(service);
            Pause.of(Duration.ofMillis(500));

            // then
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                statuses.add(client.send(Route.UNFOLLOW, users.get(i), users.token(users.get(i + 10))).status());
            }
            assertThat(statuses).as("commands sent once the server is back").containsOnly(200);
        }
    }

    private static void awaitServerAcceptsConnections(ServiceUnderTest service) throws InterruptedException {
        long deadline = System.nanoTime() + SERVES_AGAIN_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try (java.sql.Connection connection = service.dataSource().getConnection()) {
                return;
            } catch (java.sql.SQLException notYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("PostgreSQL did not accept connections within " + SERVES_AGAIN_WITHIN + " of the kill");
    }

    private static Duration awaitNotReady(ReadinessWatch readiness, long killedAt) {
        long deadline = System.nanoTime() + SERVES_AGAIN_WITHIN.toNanos();
        while (readiness.firstAfter(killedAt, false).isEmpty() && System.nanoTime() < deadline) {
            Pause.of(Duration.ofMillis(20));
        }
        return readiness.firstAfter(killedAt, false)
                .orElseThrow(() -> new AssertionError("readiness did not fail within " + SERVES_AGAIN_WITHIN + " of the kill"));
    }

    private static Optional<Duration> awaitFirstSuccess(RetryingStorm storm, long since) {
        long deadline = System.nanoTime() + SERVES_AGAIN_WITHIN.toNanos();
        while (storm.firstSuccessSentAfter(since).isEmpty() && System.nanoTime() < deadline) {
            Pause.of(Duration.ofMillis(20));
        }
        return storm.firstSuccessSentAfter(since);
    }

    private static Answer awaitLiveness(LoadClient client, int status) {
        long deadline = System.nanoTime() + SERVES_AGAIN_WITHIN.toNanos();
        Answer answer = client.send("GET", "/health/live", null, null);
        while (answer.status() != status && System.nanoTime() < deadline) {
            Pause.of(Duration.ofMillis(100));
            answer = client.send("GET", "/health/live", null, null);
        }
        return answer;
    }
}
