package io.relations.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.Outcomes;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletionRaceOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(8);

    @Test
    void deleting_a_popular_user_while_others_follow_and_connect_with_them_keeps_every_count_right() throws Exception {
        // given
        UserId popular = relations.newUser();
        List<UserId> others = IntStream.range(0, 40).mapToObj(i -> relations.newUser()).toList();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        for (int thread = 0; thread < 6; thread++) {
            Random random = new Random(thread);
            threads.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    UserId other = others.get(random.nextInt(others.size()));
                    String outcome;
                    try {
                        outcome = switch (random.nextInt(3)) {
                            case 0 -> describe(relations.commands().follow(other, popular));
                            case 1 -> describe(relations.commands().unfollow(other, popular));
                            default -> describe(relations.commands().requestConnection(other, popular));
                        };
                    } catch (RuntimeException e) {
                        outcome = "failed: " + e.getClass().getSimpleName();
                    }
                    outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
                }
            });
        }

        // when the deletion comes in the middle of the commands
        while (outcomes.values().stream().mapToLong(LongAdder::sum).sum() < 600) {
            Thread.sleep(10);
        }
        boolean deleted = relations.administration().deleteUser(popular, RelationsOnPostgres.ADMINISTRATOR);
        threads.shutdown();
        assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        // then every command either ran or was refused as naming an unknown user (the check runs
        // under the pair lock and locks the user row), and the counts match the rows again
        System.out.println("commands racing a user deletion: " + outcomes);
        assertThat(deleted).isTrue();
        assertThat(outcomes.keySet()).allMatch(outcome -> !outcome.startsWith("failed"), "no command failed");
        assertThat(outcomes.keySet()).contains("user_not_found");
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    private static String describe(io.relations.application.model.Outcome<?> outcome) {
        return Outcomes.codeOr(outcome, "done");
    }
}
