package io.relations.embedded.postgres;

import java.time.Duration;

/** Prints how long something took, for reading in the build output. */
public final class Timings {

    private Timings() {
    }

    public static void print(String what, long startedAtNanos) {
        System.out.printf("[timing] %-62s %6d ms%n", what, Duration.ofNanos(System.nanoTime() - startedAtNanos).toMillis());
    }
}
