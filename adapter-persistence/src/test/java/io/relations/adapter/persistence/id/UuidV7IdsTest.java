package io.relations.adapter.persistence.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7IdsTest {

    @Test
    void ids_taken_by_many_threads_are_version_7_unique_and_increase_within_each_thread() throws Exception {
        // given
        UuidV7Ids ids = new UuidV7Ids();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Callable<List<UUID>> take = () -> {
            List<UUID> taken = new ArrayList<>();
            for (int i = 0; i < 50_000; i++) {
                taken.add(ids.newId());
            }
            return taken;
        };

        // when
        List<Future<List<UUID>>> perThread = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            perThread.add(threads.submit(take));
        }
        Set<UUID> all = new HashSet<>();
        List<List<UUID>> sequences = new ArrayList<>();
        for (Future<List<UUID>> sequence : perThread) {
            sequences.add(sequence.get());
            all.addAll(sequences.get(sequences.size() - 1));
        }
        threads.shutdown();

        // then
        assertThat(all).hasSize(200_000).allMatch(id -> id.version() == 7 && id.variant() == 2);
        sequences.forEach(sequence -> assertThat(strictlyIncreasing(sequence)).isTrue());
    }

    @Test
    void ids_keep_increasing_while_the_wall_clock_stands_still_or_steps_back() {
        // given a clock that repeats itself, then jumps back half a second
        Iterator<Long> clock = List.of(1_000L, 1_000L, 1_000L, 999L, 500L, 1_001L).iterator();
        UuidV7Ids ids = new UuidV7Ids(clock::next);

        // when
        List<UUID> taken = List.of(ids.newId(), ids.newId(), ids.newId(), ids.newId(), ids.newId(), ids.newId());

        // then the time in the id never goes back either
        assertThat(strictlyIncreasing(taken)).isTrue();
        assertThat(taken).extracting(UuidV7IdsTest::millis).containsExactly(1_000L, 1_000L, 1_000L, 1_000L, 1_000L, 1_001L);
    }

    /** In PostgreSQL's uuid order, which {@link UserId} follows. */
    static boolean strictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (UserId.of(ids.get(i - 1)).compareTo(UserId.of(ids.get(i))) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
