package io.relations.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The change log's order for one user's pairs while the user is deleted (DESIGN §7, "Every writer
 * of a subject holds its locks before its transaction id"): the log is read in (transaction_id,
 * sequence_id) order, so a command that commits before the deletion must have the lower
 * transaction id, and a command after it must find the user gone.
 */
class UserDeletionChangeOrderOnPostgresTest {

    private static final int MAX_ROUNDS = 8;
    private static final long MAX_MILLIS = 25_000;
    private static final int THREADS = 6;
    private static final int COMMANDS_BEFORE_DELETION = 40;
    private static final int COMMANDS_PER_THREAD = 60;

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(THREADS + 2);

    @Test
    void follows_and_unfollows_racing_a_users_deletion_replay_in_log_order_and_nothing_of_the_user_follows_the_deletion() throws Exception {
        List<String> violations = new ArrayList<>();
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        int rounds = 0;
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            while (rounds < MAX_ROUNDS && System.currentTimeMillis() < deadline) {
                rounds++;
                // given a user and others following and unfollowing them, both ways
                UserId user = relations.newUser();
                List<UserId> others = IntStream.range(0, 8).mapToObj(i -> relations.newUser()).toList();
                AtomicInteger sent = new AtomicInteger();
                AtomicBoolean deleted = new AtomicBoolean();
                List<Future<?>> workers = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    Random random = new Random(31L * rounds + thread);
                    workers.add(threads.submit(() -> {
                        for (int i = 0; i < COMMANDS_PER_THREAD && !(deleted.get() && i % 10 == 9); i++) {
                            UserId other = others.get(random.nextInt(others.size()));
                            switch (random.nextInt(4)) {
                                case 0 -> relations.commands().follow(other, user);
                                case 1 -> relations.commands().unfollow(other, user);
                                case 2 -> relations.commands().follow(user, other);
                                default -> relations.commands().unfollow(user, other);
                            }
                            sent.incrementAndGet();
                        }
                        return null;
                    }));
                }

                // when the user is deleted in the middle of them
                while (sent.get() < COMMANDS_BEFORE_DELETION && workers.stream().anyMatch(worker -> !worker.isDone())) {
                    Thread.sleep(1);
                }
                relations.administration().deleteUser(user, RelationsOnPostgres.ADMINISTRATOR);
                deleted.set(true);
                for (Future<?> worker : workers) {
                    worker.get(1, TimeUnit.MINUTES);
                }

                // then
                violations.addAll(replayInLogOrder(user));
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("deletion racing commands: %d rounds, %d violations of the log's order%n", rounds, violations.size());
        assertThat(violations).isEmpty();
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    /** Every change about the user and their pairs, replayed in the log's order. */
    private static List<String> replayInLogOrder(UserId user) {
        List<String> violations = new ArrayList<>();
        Set<String> follows = new HashSet<>();
        boolean deleted = false;
        for (String row : relations.sql().rows("""
                select type, coalesce(data ->> 'follower', '') || ' -> ' || coalesce(data ->> 'followed', ''), transaction_id
                from phoenix_kit_change_log where subject = ? or subject like ?
                order by transaction_id, sequence_id""", "user:" + user, "pair:%" + user + "%")) {
            String[] columns = row.split(" \\| ");
            String type = columns[0];
            String follow = columns[1];
            if (deleted) {
                violations.add(type + " " + follow + " (transaction " + columns[2] + ") after the deletion of " + user);
            } else if (type.equals("user.deleted")) {
                deleted = true;
            } else if (type.equals("follow.created") && !follows.add(follow)) {
                violations.add("follow.created " + follow + " while following (transaction " + columns[2] + ")");
            } else if (type.equals("follow.removed") && !follows.remove(follow)) {
                violations.add("follow.removed " + follow + " while not following (transaction " + columns[2] + ")");
            }
        }
        if (!follows.isEmpty()) {
            violations.add("follows left after the deletion of " + user + ": " + follows);
        }
        return violations;
    }
}
