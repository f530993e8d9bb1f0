package io.relations.bootstrap.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered tasks on a fixed number of threads, each thread taking the next number until none is left. */
final class Parallel {

    private Parallel() {
    }

    /** Calls {@code task} with each of 0..count-1 exactly once, on {@code threads} threads; fails past {@code atMost}. */
    static void run(int threads, int count, Duration atMost, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                workers.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                        task.accept(index);
                    }
                }));
            }
            long deadline = System.nanoTime() + atMost.toNanos();
            for (Future<?> worker : workers) {
                worker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception failed) {
            throw new IllegalStateException("a parallel task failed or took longer than " + atMost, failed);
        } finally {
            pool.shutdownNow();
        }
    }
}
