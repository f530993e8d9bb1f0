package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Many callers send random, conflicting commands and queries over real HTTP: every command kind,
 * both directions, a few hot pairs hit all the time, many cold ones, and thousands of fans who
 * follow one celebrity at once. Afterwards the tables must satisfy every invariant (no block
 * beside a follow or connection, one connection per pair, counts equal to rows, history replaying
 * to the state), and no answer may be a 5xx or anything a healthy service would not say.
 */
class HttpStormTest {

    private static final int THREADS = 16;
    /**
     * Of which {@link #FANS} are the fans' follows of the celebrity. The fast variant's 8,000 others
     * still put about 3,200 commands and queries on the 12 hot pairs: every kind of command meets
     * every other on a pair many times over.
     */
    private static final int REQUESTS = Volumes.fastOrLong(10_000, 1_000_000);
    private static final int FANS = Volumes.fastOrLong(2_000, 20_000);
    /** Four users make twelve ordered hot pairs: most of their commands meet another on the same pair. */
    private static final int HOT_USERS = 4;
    private static final int COLD_USERS = Volumes.fastOrLong(500, 5_000);

    @Test
    void random_conflicting_commands_over_http_leave_every_invariant_holding_and_get_no_5xx() {
        try (ServiceUnderTest service = ReliabilityServices.start()) {
            LoadClient client = new LoadClient(service.port());
            // given
            long seed = Seeds.seed();
            Crowd hot = Crowd.registered(HOT_USERS, client);
            Crowd cold = Crowd.registered(COLD_USERS, client);
            Crowd celebrity = Crowd.registered(1, client);
            Crowd fans = Crowd.unregistered(FANS);
            AnswerTally tally = new AnswerTally();

            // when every fan follows the celebrity, interleaved with the first part of the storm
            long started = System.nanoTime();
            Parallel.run(THREADS, REQUESTS, Duration.ofHours(2), index -> {
                if (index < 2 * FANS && index % 2 == 0) {
                    UserId fan = fans.get(index / 2);
                    tally.record(Route.FOLLOW, client.send(Route.FOLLOW, celebrity.get(0), fans.token(fan)));
                } else {
                    Random random = new Random(seed + index);
                    List<UserId> pair = random.nextInt(10) < 4 ? twoOf(hot, random) : coldPair(cold, hot, random);
                    Route route = random.nextInt(4) < 3 ? pick(Route.COMMANDS, random) : pick(Route.QUERIES, random);
                    tally.record(route, client.send(route, pair.get(1), tokenOf(pair.get(0), hot, cold)));
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            List<String> violations = service.invariantViolations();
            Answer celebrityStats = client.send(Route.STATS, celebrity.get(0), celebrity.token(celebrity.get(0)));

            // then
            new Figures("storm over HTTP", tally.total() + " requests (" + FANS + " celebrity follows), "
                    + (HOT_USERS + COLD_USERS + FANS + 1) + " users, " + THREADS + " threads",
                    took, tally.serverErrors(), violations.size(), 0,
                    String.format("seed %d, %.0f req/s, %s, statuses %s", seed, tally.total() / (took.toMillis() / 1000.0),
                            tally.latencies().summary(), tally.statuses())).print();
            violations.stream().limit(20).forEach(violation -> System.out.println("  violation: " + violation));
            assertThat(tally.total()).isEqualTo(REQUESTS);
            assertThat(tally.serverErrors()).as(tally.samples()).isZero();
            assertThat(tally.unexpected()).as(tally.samples()).isZero();
            assertThat(violations).isEmpty();
            assertThat(celebrityStats.json().path("followers").asLong()).isEqualTo(FANS);
        }
    }

    private static List<UserId> twoOf(Crowd crowd, Random random) {
        int actor = random.nextInt(crowd.size());
        int target = (actor + 1 + random.nextInt(crowd.size() - 1)) % crowd.size();
        return List.of(crowd.get(actor), crowd.get(target));
    }

    /** A cold user acting on another cold user, now and then on a hot one. */
    private static List<UserId> coldPair(Crowd cold, Crowd hot, Random random) {
        List<UserId> pair = twoOf(cold, random);
        return random.nextInt(10) == 0 ? List.of(pair.get(0), hot.get(random.nextInt(hot.size()))) : pair;
    }

    private static String tokenOf(UserId user, Crowd hot, Crowd cold) {
        String token = hot.token(user);
        return token != null ? token : cold.token(user);
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
