package io.relations.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A storm of commands through a database outage: each actor, on a thread of its own, acts only on
 * targets of its own with follow, unfollow, block and unblock, and retries a command answered 503
 * until it is answered 2xx (they are idempotent, so a retry of a command that did commit changes
 * nothing). So the last 2xx answer on each pair is its state, which {@link #lostSuccesses} checks
 * against the tables. Bounded: it runs until {@link #stop()}, which waits for every thread.
 */
final class RetryingStorm {

    static final int ACTORS = 24;
    static final int TARGETS_PER_ACTOR = 5;
    /** Shorter than the Retry-After the service sends (5 s), to keep the tests short. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final List<Route> COMMANDS = List.of(Route.FOLLOW, Route.UNFOLLOW, Route.BLOCK, Route.UNBLOCK);

    final AnswerTally tally = new AnswerTally();
    final Latencies unavailable = new Latencies();
    final LongAdder unavailableWithoutRetryAfter = new LongAdder();
    /** Each 2xx answer's send and answer times, to find the first success after any moment. */
    private final Queue<long[]> successes = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> lastFollowing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastBlocking = new ConcurrentHashMap<>();
    private final LoadClient client;
    private final Crowd actors;
    private final Crowd targets;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private RetryingStorm(LoadClient client, Crowd actors, Crowd targets) {
        this.client = client;
        this.actors = actors;
        this.targets = targets;
    }

    /** Registers the users, warms the service up (a cold JIT must not count as the outage), and starts the actors. */
    static RetryingStorm start(LoadClient client, long seed) {
        Crowd actors = Crowd.registered(ACTORS, client);
        Crowd targets = Crowd.registered(ACTORS * TARGETS_PER_ACTOR, client);
        Parallel.run(4, ACTORS, Duration.ofMinutes(1), index -> client.send(Route.STATS, actors.get(index), actors.token(actors.get(index))));
        RetryingStorm storm = new RetryingStorm(client, actors, targets);
        for (int i = 0; i < ACTORS; i++) {
            UserId actor = actors.get(i);
            List<UserId> own = targets.users().subList(i * TARGETS_PER_ACTOR, (i + 1) * TARGETS_PER_ACTOR);
            Random random = new Random(seed + i);
            Thread thread = new Thread(() -> storm.act(actor, actors.token(actor), own, random), "actor-" + i);
            thread.start();
            storm.threads.add(thread);
        }
        return storm;
    }

    /**
     * How long after {@code nanoTime} the first command sent after it was answered 2xx; empty if
     * none was (yet).
     */
    Optional<Duration> firstSuccessSentAfter(long nanoTime) {
        OptionalLong firstAnswer = successes.stream()
                .filter(success -> success[0] > nanoTime)
                .mapToLong(success -> success[1])
                .min();
        return firstAnswer.isPresent() ? Optional.of(Duration.ofNanos(firstAnswer.getAsLong() - nanoTime)) : Optional.empty();
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(2).toMillis());
        }
    }

    String volume() {
        return String.format("%d commands from %d users on %d pairs", tally.total(), ACTORS, ACTORS * TARGETS_PER_ACTOR);
    }

    private void act(UserId actor, String token, List<UserId> own, Random random) {
        while (running) {
            UserId target = own.get(random.nextInt(own.size()));
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
                successes.add(new long[] {answer.sentAtNanos(), System.nanoTime()});
            }
        }
    }

    /** The pairs whose follow or block row disagrees with the last 2xx answer on that pair. */
    long lostSuccesses(DataSource tables) throws SQLException {
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
