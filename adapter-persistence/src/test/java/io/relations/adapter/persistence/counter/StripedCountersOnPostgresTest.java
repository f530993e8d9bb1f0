package io.relations.adapter.persistence.counter;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.UserStats;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StripedCountersOnPostgresTest {

    private static final int FOLLOWERS = 300;

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(8);

    @Test
    void followers_arriving_at_once_spread_over_the_stripes_of_the_popular_user_and_add_up() throws Exception {
        // given
        UserId popular = relations.newUser();
        List<UserId> followers = IntStream.range(0, FOLLOWERS).mapToObj(i -> relations.newUser()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);

        // when they all follow at once
        List<Future<?>> follows = followers.stream()
                .<Future<?>>map(follower -> threads.submit(() -> value(relations.commands().follow(follower, popular))))
                .toList();
        for (Future<?> follow : follows) {
            follow.get();
        }
        threads.shutdown();

        // then the increments went to all 16 rows rather than queueing on one, and they sum up right
        List<String> stripes = relations.sql().rows(
                "select stripe || ':' || followers from phoenix_kit_user_stats_stripes where user_id = ? order by stripe", popular.value());
        System.out.printf("%d followers of one user over its counter stripes: %s%n", FOLLOWERS, stripes);
        assertThat(stripes).hasSize(CounterStripe.STRIPES);
        assertThat(value(relations.queries().userStats(popular, popular))).isEqualTo(new UserStats(FOLLOWERS, 0, 0));
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    /**
     * The same number of follows, from the same number of threads, once all to one user and once
     * each to a user of its own. Both must add up; the two rates are printed for the record
     * (the benchmarks measure them properly: this only shows that the hot case does not collapse).
     */
    @Test
    void five_hundred_follows_of_one_user_add_up_as_five_hundred_follows_of_as_many_users_do() throws Exception {
        // given
        int count = 500;
        List<UserId> followers = IntStream.range(0, count).mapToObj(i -> relations.newUser()).toList();
        UserId popular = relations.newUser();
        List<UserId> ordinary = IntStream.range(0, count).mapToObj(i -> relations.newUser()).toList();

        // when
        long hotNanos = followAll(followers, i -> popular);
        long coldNanos = followAll(followers, ordinary::get);

        // then
        System.out.printf("%d follows from 8 threads: to one user %.0f/s, to %d users %.0f/s (hot/cold = %.2f)%n",
                count, count * 1e9 / hotNanos, count, count * 1e9 / coldNanos, (double) coldNanos / hotNanos);
        assertThat(value(relations.queries().userStats(popular, popular)).followers()).isEqualTo(count);
        assertThat(ordinary).allSatisfy(user -> assertThat(value(relations.queries().userStats(user, user)).followers()).isEqualTo(1));
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    private static long followAll(List<UserId> followers, java.util.function.IntFunction<UserId> targetOf) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<?>> follows = IntStream.range(0, followers.size())
                .<Future<?>>mapToObj(i -> threads.submit(() -> value(relations.commands().follow(followers.get(i), targetOf.apply(i)))))
                .toList();
        for (Future<?> follow : follows) {
            follow.get();
        }
        long elapsed = System.nanoTime() - started;
        threads.shutdown();
        return elapsed;
    }

    @Test
    void an_edge_counts_on_the_stripe_of_the_other_user_so_its_removal_meets_its_addition() {
        // given
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();

        // when
        value(relations.commands().follow(alice, bob));

        // then
        assertThat(relations.sql().rows("select stripe from phoenix_kit_user_stats_stripes where user_id = ? and followers = 1", bob.value()))
                .containsExactly(String.valueOf(CounterStripe.of(alice)));

        // when
        value(relations.commands().unfollow(alice, bob));

        // then
        assertThat(relations.sql().rows("select followers from phoenix_kit_user_stats_stripes where user_id = ?", bob.value()))
                .containsExactly("0");
    }
}
