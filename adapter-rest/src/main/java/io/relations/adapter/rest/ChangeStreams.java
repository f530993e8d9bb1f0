package io.relations.adapter.rest;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The live streams of one server: at most so many at once, and all told to end when the server
 * stops (a stream otherwise lasts until its longest duration, far beyond the graceful stop's
 * wait). A stream waits for news here, so that a stop wakes it at once.
 */
final class ChangeStreams {

    private final int capacity;
    private final Semaphore slots;
    private final CountDownLatch closing = new CountDownLatch(1);

    ChangeStreams(int capacity) {
        this.capacity = capacity;
        this.slots = new Semaphore(capacity);
    }

    /** A place for one more stream, to close when it ends; empty when every place is taken or the server stops. */
    Optional<Slot> tryOpen() {
        if (isClosing() || !slots.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(new Slot());
    }

    /** Waits up to {@code wait}; true when the server stops. */
    boolean awaitClosing(Duration wait) {
        try {
            return closing.await(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    boolean isClosing() {
        return closing.getCount() == 0;
    }

    /** Every stream ends at its next step; no new one opens. */
    void closeAll() {
        closing.countDown();
    }

    /** How many streams are open now (a gauge). */
    int open() {
        return capacity - slots.availablePermits();
    }

    /** One stream's place; closing it twice gives it back once. */
    final class Slot implements AutoCloseable {

        private boolean closed;

        private Slot() {
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                slots.release();
            }
        }
    }
}
