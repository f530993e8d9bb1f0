package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBinariesTest {

    @Test
    void two_unpackings_racing_on_an_empty_cache_leave_one_complete_copy(@TempDir Path cache) throws Exception {
        ExecutorService twoJvmsAtOnce = Executors.newFixedThreadPool(2);
        try {
            long startedAt = System.nanoTime();
            Future<PostgresBinaries> first = twoJvmsAtOnce.submit(() -> PostgresBinaries.unpackedInto(cache));
            Future<PostgresBinaries> second = twoJvmsAtOnce.submit(() -> PostgresBinaries.unpackedInto(cache));

            assertThat(first.get().program("postgres")).isEqualTo(second.get().program("postgres")).isExecutable();
            Timings.print("cold: unpack into an empty cache (two racing)", startedAt);
        } finally {
            twoJvmsAtOnce.shutdown();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void a_second_lookup_finds_the_unpacked_copy_without_unpacking_again() {
        PostgresBinaries.unpackedInto(EmbeddedPostgresSettings.defaultBinariesCache());

        long startedAt = System.nanoTime();
        PostgresBinaries binaries = PostgresBinaries.unpackedInto(EmbeddedPostgresSettings.defaultBinariesCache());
        Timings.print("warm: find the unpacked binaries", startedAt);

        assertThat(binaries.program("initdb")).isExecutable();
    }
}
