package io.relations.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.application.service.RelationshipCommandService;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many threads send random commands of every kind, both ways, between a handful of users, so
 * that the same pairs are hit at once all the time. Afterwards every invariant must hold, and no
 * command may have failed with an exception (lost races are retried, never surfaced).
 */
class StormOnPostgresTest {

    private static final int THREADS = 8;
    /** 6,000 commands on 10 pairs: each pair meets hundreds of commands, most of them racing another on it. */
    private static final int COMMANDS_PER_THREAD = 750;
    private static final int USERS = 5;

    private record Kind(String name, BiFunction<UserId, UserId, Outcome<RelationshipChange>> command) {
    }

    @Test
    void random_commands_from_many_threads_on_few_users_leave_every_invariant_holding() throws InterruptedException {
        try (RelationsOnPostgres relations = RelationsOnPostgres.start(THREADS + 2)) {
            // given
            List<UserId> users = IntStream.range(0, USERS).mapToObj(i -> relations.newUser()).toList();
            List<Kind> kinds = kinds(relations.commands());
            long seed = System.nanoTime();
            Map<String, LongAdder> counts = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);

            // when
            for (int thread = 0; thread < THREADS; thread++) {
                Random random = new Random(seed + thread);
                threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        UserId actor = users.get(random.nextInt(USERS));
                        UserId target = users.get((users.indexOf(actor) + 1 + random.nextInt(USERS - 1)) % USERS);
                        Kind kind = kinds.get(random.nextInt(kinds.size()));
                        try {
                            String outcome = kind.command().apply(actor, target)
                                    .fold(change -> change.changed() ? "changed" : "unchanged", refusal -> "refused " + refusal.code(), denial -> "denied " + denial.code());
                            counts.computeIfAbsent(kind.name() + ": " + outcome, key -> new LongAdder()).increment();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
            long started = System.nanoTime();
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            long wallMillis = (System.nanoTime() - started) / 1_000_000;
            List<String> violations = InvariantChecker.violations(relations.dataSource());

            // then
            Map<String, Long> perKind = new TreeMap<>();
            counts.forEach((key, count) -> perKind.put(key, count.sum()));
            long run = perKind.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("storm: seed %d, %d threads, %d commands run in %d ms (%.0f/s), %d failed, %d violations%n",
                    seed, THREADS, run, wallMillis, run * 1000.0 / wallMillis, failures.size(), violations.size());
            perKind.forEach((key, count) -> System.out.printf("  %-45s %6d%n", key, count));
            System.out.printf("  history rows: %s%n", relations.sql().rows("""
                    select (select count(*) from phoenix_kit_user_follows_history) || ' follows, '
                        || (select count(*) from phoenix_kit_user_connections_history) || ' connections, '
                        || (select count(*) from phoenix_kit_user_blocks_history) || ' blocks'""").get(0));
            violations.forEach(violation -> System.out.println("  violation: " + violation));
            failures.stream().limit(5).forEach(Throwable::printStackTrace);
            assertThat(failures).isEmpty();
            assertThat(run).isEqualTo((long) THREADS * COMMANDS_PER_THREAD);
            assertThat(violations).isEmpty();
        }
    }

    private static List<Kind> kinds(RelationshipCommandService commands) {
        return List.of(
                new Kind("follow", commands::follow),
                new Kind("unfollow", commands::unfollow),
                new Kind("remove follower", commands::removeFollower),
                new Kind("request connection", commands::requestConnection),
                new Kind("accept", commands::acceptConnectionRequest),
                new Kind("reject", commands::rejectConnectionRequest),
                new Kind("cancel", commands::cancelConnectionRequest),
                new Kind("remove connection", commands::removeConnection),
                new Kind("block", (actor, target) -> commands.block(actor, target, new BlockReason("storm"))),
                new Kind("unblock", commands::unblock));
    }
}
