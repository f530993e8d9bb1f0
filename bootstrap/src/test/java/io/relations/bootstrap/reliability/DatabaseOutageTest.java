package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under a storm and comes back on the same directory and port. Meanwhile commands
 * must be answered 503 quickly (not hang), readiness must say so, the pool must recover by itself,
 * and afterwards every invariant holds and no command answered 2xx is missing.
 *
 * <p>Each virtual user acts only on targets of its own with follow, unfollow, block and unblock,
 * and retries a command answered 503 until it is answered 2xx (they are idempotent, so a retry of
 * a command that did commit changes nothing). So the last 2xx answer on each pair is its state.
 */
class DatabaseOutageTest {

    private static final int ACTORS = 24;
    private static final int TARGETS_PER_ACTOR = 5;
    private static final Duration BEFORE = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(Volumes.fastOrLong(5, 30));
    private static final Duration AFTER = Duration.ofSeconds(Volumes.fastOrLong(3, 10));
    /** Shorter than the Retry-After the service sends (5 s), to keep the test short. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration QUICK = Duration.ofSeconds(4);
    private static final List<Route> COMMANDS = List.of(Route.FOLLOW, Route.UNFOLLOW, Route.BLOCK, Route.UNBLOCK);

    private final AnswerTally tally = new AnswerTally();
    private final Latencies unavailable = new Latencies();
    private final LongAdder unavailableWithoutRetryAfter = new LongAdder();
    private final AtomicLong firstSuccessAfterRestart = new AtomicLong(Long.MAX_VALUE);
    private final Map<String, Boolean> lastFollowing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastBlocking = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile long restartedAt = Long.MAX_VALUE;

    @Test
    void while_postgres_is_down_commands_get_a_quick_503_and_afterwards_no_command_answered_2xx_is_missing() throws Exception {
        // The fixture also makes a database on the test server; this service does not use it.
        try (OwnPostgres postgres = OwnPostgres.start();
             ServiceUnderTest service = ReliabilityServices.start(postgres.serviceSettings());
             ReadinessWatch readiness = ReadinessWatch.start(new LoadClient(service.port()))) {
            LoadClient client = new LoadClient(service.port());
            // given
            long seed = Seeds.seed();
            Crowd actors = Crowd.registered(ACTORS, client);
            Crowd targets = Crowd.registered(ACTORS * TARGETS_PER_ACTOR, client);
            warmUp(client, actors);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < ACTORS; i++) {
                UserId actor = actors.get(i);
                List<UserId> own = targets.users().subList(i * TARGETS_PER_ACTOR, (i + 1) * TARGETS_PER_ACTOR);
                Random random = new Random(seed + i);
                Thread thread = new Thread(() -> act(client, actor, actors.token(actor), own, random), "actor-" + i);
                thread.start();
                threads.add(thread);
            }

            // when
            long started = System.nanoTime();
            Pause.of(BEFORE);
            long stoppedAt = System.nanoTime();
            postgres.stop();
            Pause.of(OUTAGE);
            postgres.startAgain();
            restartedAt = System.nanoTime();
            Pause.of(AFTER);
            running = false;
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            List<String> violations = InvariantChecker.violations(postgres.dataSource());
            long lost = lostSuccesses(postgres.dataSource(), actors, targets);
            Duration notReadyAfter = readiness.firstAfter(stoppedAt, false).orElseThrow();
            Duration readyAgainAfter = readiness.firstAfter(restartedAt, true).orElseThrow();
            long serverErrorsBesides503 = tally.serverErrors() - tally.count(503);
            String volume = String.format("%d commands from %d users on %d pairs, PostgreSQL down %d s",
                    tally.total(), ACTORS, ACTORS * TARGETS_PER_ACTOR, OUTAGE.toSeconds());
            String details = String.format("seed %d, %d answered 503 (%s), not ready %d ms after the stop,"
                            + " ready %d ms and first 2xx %d ms after the restart, 2xx answers missing from the tables %d, statuses %s",
                    seed, unavailable.count(), unavailable.summary(),
                    notReadyAfter.toMillis(), readyAgainAfter.toMillis(),
                    Duration.ofNanos(firstSuccessAfterRestart.get() - restartedAt).toMillis(), lost, tally.statuses());
            new Figures("database outage", volume, took, serverErrorsBesides503, violations.size(), Figures.NOT_MEASURED, details).print();
            assertThat(unavailable.count()).as("commands answered 503 during the outage").isPositive();
            assertThat(unavailable.percentile(99)).isLessThan(QUICK);
            assertThat(unavailableWithoutRetryAfter.sum()).isZero();
            assertThat(tally.unexpected()).as(tally.samples()).isZero();
            assertThat(firstSuccessAfterRestart.get()).as("a command answered 2xx after the restart").isLessThan(Long.MAX_VALUE);
            assertThat(violations).isEmpty();
            assertThat(lost).isZero();
        }
    }

    /** A request by each actor first, so that a cold start (a cold JIT, callers not yet seen) does not count as the outage. */
    private static void warmUp(LoadClient client, Crowd actors) {
        Parallel.run(4, ACTORS, Duration.ofMinutes(1), index -> client.send(Route.STATS, actors.get(index), actors.token(actors.get(index))));
    }

    private void act(LoadClient client, UserId actor, String token, List<UserId> targets, Random random) {
        while (running) {
            UserId target = targets.get(random.nextInt(targets.size()));
            Route command = COMMANDS.get(random.nextInt(COMMANDS.size()));
            Answer answer = client.send(command, target, token);
            tally.record(command.name(), answer, Set.of(200, 409, 503));
            while (answer.status() == 503) {
                unavailable.record(answer.tookNanos());
                if (!answer.problem().equals("unavailable") || answer.retryAfter() == null) {
                    unavailableWithoutRetryAfter.increment();
                }
                Pause.of(RETRY_PAUSE);
                answer = client.send(command, target, token);
                tally.record(command.name(), answer, Set.of(200, 409, 503));
            }
            if (answer.isSuccess()) {
                JsonNode relationship = answer.json();
                lastFollowing.put(actor + ">" + target, relationship.path("following").asBoolean());
                lastBlocking.put(actor + ">" + target, relationship.path("blocking").asBoolean());
                if (answer.sentAtNanos() > restartedAt) {
                    firstSuccessAfterRestart.accumulateAndGet(System.nanoTime(), Math::min);
                }
            }
        }
    }

    /** The pairs whose follow or block row disagrees with the last 2xx answer on that pair. */
    private long lostSuccesses(DataSource tables, Crowd actors, Crowd targets) throws SQLException {
        Set<String> follows = pairs(tables, "select follower_id, followed_id from phoenix_kit_user_follows");
        Set<String> blocks = pairs(tables, "select blocker_id, blocked_id from phoenix_kit_user_blocks");
        long lost = 0;
        for (UserId actor : actors.users()) {
            for (UserId target : targets.users()) {
                String pair = actor + ">" + target;
                if (lastFollowing.getOrDefault(pair, false) != follows.contains(pair)
                        || lastBlocking.getOrDefault(pair, false) != blocks.contains(pair)) {
                    System.out.println("  lost: " + pair + " answered following " + lastFollowing.get(pair)
                            + ", blocking " + lastBlocking.get(pair) + "; tables: " + follows.contains(pair) + ", " + blocks.contains(pair));
                    lost++;
                }
            }
        }
        return lost;
    }

    private static Set<String> pairs(DataSource tables, String query) throws SQLException {
        Set<String> pairs = new HashSet<>();
        try (Connection connection = tables.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                pairs.add(rows.getString(1) + ">" + rows.getString(2));
            }
        }
        return pairs;
    }
}
