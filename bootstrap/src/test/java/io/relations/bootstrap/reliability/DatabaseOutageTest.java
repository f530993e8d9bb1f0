package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a storm and comes back on the same directory and port. Meanwhile commands
 * must be answered 503 quickly (not hang), readiness must say so, the pool must recover by itself,
 * and afterwards every invariant holds and no command answered 2xx is missing ({@link RetryingStorm}
 * says how that is known).
 */
class DatabaseOutageTest {

    private static final Duration BEFORE = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(Volumes.fastOrLong(5, 30));
    private static final Duration AFTER = Duration.ofSeconds(Volumes.fastOrLong(3, 10));
    private static final Duration QUICK = Duration.ofSeconds(4);

    @Test
    void while_postgres_is_down_commands_get_a_quick_503_and_afterwards_no_command_answered_2xx_is_missing() throws Exception {
        // The fixture also makes a database on the test server; this service does not use it.
        try (OwnPostgres postgres = OwnPostgres.start();
             ServiceUnderTest service = ReliabilityServices.start(postgres.serviceSettings());
             ReadinessWatch readiness = ReadinessWatch.start(new LoadClient(service.port()))) {
            // given
            long seed = Seeds.seed();
            RetryingStorm storm = RetryingStorm.start(new LoadClient(service.port()), seed);

            // when
            long started = System.nanoTime();
            Pause.of(BEFORE);
            long stoppedAt = System.nanoTime();
            postgres.stop();
            Pause.of(OUTAGE);
            postgres.startAgain();
            long restartedAt = System.nanoTime();
            Pause.of(AFTER);
            storm.stop();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            List<String> violations = InvariantChecker.violations(postgres.dataSource());
            long lost = storm.lostSuccesses(postgres.dataSource());
            Duration notReadyAfter = readiness.firstAfter(stoppedAt, false).orElseThrow();
            Duration readyAgainAfter = readiness.firstAfter(restartedAt, true).orElseThrow();
            AnswerTally tally = storm.tally;
            long serverErrorsBesides503 = tally.serverErrors() - tally.count(503);
            String volume = storm.volume() + String.format(", PostgreSQL down %d s", OUTAGE.toSeconds());
            String details = String.format("seed %d, %d answered 503 (%s), not ready %d ms after the stop,"
                            + " ready %d ms and first 2xx %d ms after the restart, 2xx answers missing from the tables %d, statuses %s",
                    seed, storm.unavailable.count(), storm.unavailable.summary(),
                    notReadyAfter.toMillis(), readyAgainAfter.toMillis(),
                    storm.firstSuccessSentAfter(restartedAt).map(Duration::toMillis).orElse(-1L), lost, tally.statuses());
            new Figures("database outage", volume, took, serverErrorsBesides503, violations.size(), Figures.NOT_MEASURED, details).print();
            assertThat(storm.unavailable.count()).as("commands answered 503 during the outage").isPositive();
            assertThat(storm.unavailable.percentile(99)).isLessThan(QUICK);
            assertThat(storm.unavailableWithoutRetryAfter.sum()).isZero();
            assertThat(tally.unexpected()).as(tally.samples()).isZero();
            assertThat(storm.firstSuccessSentAfter(restartedAt)).as("a command answered 2xx after the restart").isPresent();
            assertThat(violations).isEmpty();
            assertThat(lost).isZero();
        }
    }
}
