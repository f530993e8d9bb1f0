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
