package io.relations.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a relay's rounds on a daemon thread of its own: the next round at once while rounds come
 * back full (more is waiting), else after the poll interval; after a failure (the destination
 * refused a batch, the database was away) after a {@link RetryBackoff}, and again until it
 * succeeds. Stopping lets the round under way finish: a round is never cut in the middle, so the
 * position it keeps always matches what was delivered.
 */
final class ChangeRelayLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeRelayLoop.class);

    private final String name;
    private final IntSupplier round;
    private final int batchSize;
    private final Duration pollInterval;
    private final RetryBackoff backoff;
    private final Runnable afterRound;
    private final Duration stopTimeout;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;

    /**
     * @param name         the thread's name, and the loop's in the log
     * @param round        one round, answering how many changes it read
     * @param batchSize    a round that read this many ran full: the next follows at once
     * @param pollInterval the pause after a round that was not full
     * @param backoff      the pause after a failed round
     * @param afterRound   run after every round, failed or not (the lag's gauges); its failures are logged only
     * @param stopTimeout  how long {@link #close()} waits for the round under way
     */
    ChangeRelayLoop(String name, IntSupplier round, int batchSize, Duration pollInterval, RetryBackoff backoff,
                    Runnable afterRound, Duration stopTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.round = Objects.requireNonNull(round, "round");
        this.batchSize = batchSize;
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.afterRound = Objects.requireNonNull(afterRound, "afterRound");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    /** Starts the rounds; once only. */
    ChangeRelayLoop start() {
        thread.start();
        return this;
    }

    /** Lets the round under way finish and stops; returns when the thread has ended or the stop timeout passed. */
    @Override
    public void close() {
        stopping.countDown();
        try {
            thread.join(stopTimeout.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{}: the round under way did not end within {}; it is left to the JVM's exit", name, stopTimeout);
        }
    }

    private void run() {
        int failures = 0;
        while (stopping.getCount() > 0) {
            Duration pause;
            try {
                pause = round.getAsInt() >= batchSize ? Duration.ZERO : pollInterval;
                if (failures > 0) {
                    LOG.info("{}: delivering again after {} failed rounds", name, failures);
                }
                failures = 0;
            } catch (RuntimeException failed) {
                failures++;
                pause = backoff.after(failures);
                // The message names what failed, never a change's data (PublishFailedException's promise).
                LOG.warn("{}: round failed ({} in a row), next in {} ms: {}", name, failures, pause.toMillis(), failed.toString());
            }
            try {
                afterRound.run();
            } catch (RuntimeException failed) {
                LOG.debug("{}: after the round: {}", name, failed.toString());
            }
            if (awaitStop(pause)) {
                return;
            }
        }
    }

    /** {@return true when asked to stop during the pause} */
    private boolean awaitStop(Duration pause) {
        if (pause.isZero()) {
            return stopping.getCount() == 0;
        }
        try {
            return stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            return true;
        }
    }
}
