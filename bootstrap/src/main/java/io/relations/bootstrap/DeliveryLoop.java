package io.relations.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a delivery's rounds (the Kafka stream's, the webhooks') on a daemon thread of its own,
 * paced by a {@link PollPacing}: the next round at once while rounds come back full, after the
 * poll interval after one that found something, and less and less often while rounds find
 * nothing; after a failure (the destination refused a batch, the database was away) after a
 * {@link RetryBackoff}, and again until it succeeds. Stopping lets the round under way finish: a
 * round is never cut in the middle, so the position it keeps always matches what was delivered;
 * then the loop's own thread runs its last step (giving up the claims it holds) and the stop is
 * logged.
 */
final class DeliveryLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);

    private final String name;
    private final IntSupplier round;
    private final int batchSize;
    private final PollPacing pacing;
    private final RetryBackoff backoff;
    private final Runnable afterRound;
    private final Runnable atStop;
    private final Duration stopTimeout;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    /**
     * @param name        the thread's name, and the loop's in the log
     * @param round       one round, answering how many changes it read (or delivered)
     * @param batchSize   a round that read this many ran full: the next follows at once
     * @param pacing      the pause after a round that succeeded
     * @param backoff     the pause after a failed round
     * @param afterRound  run after every round, failed or not (the lag's gauges); its failures are logged only
     * @param atStop      run once on the loop's thread after its last round (the claims given up); its failures are logged only
     * @param stopTimeout how long {@link #close()} waits for the round under way
     */
    DeliveryLoop(String name, IntSupplier round, int batchSize, PollPacing pacing, RetryBackoff backoff,
                 Runnable afterRound, Runnable atStop, Duration stopTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.round = Objects.requireNonNull(round, "round");
        this.batchSize = batchSize;
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.afterRound = Objects.requireNonNull(afterRound, "afterRound");
        this.atStop = Objects.requireNonNull(atStop, "atStop");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    /** Starts the rounds; once only. */
    DeliveryLoop start() {
        thread.start();
        return this;
    }

    /**
     * Lets the round under way finish and stops; returns when the loop's last step has run or the
     * stop timeout passed, and logs which.
     */
    @Override
    public void close() {
        long started = System.nanoTime();
        stopping.countDown();
        boolean ended = false;
        try {
            ended = stopped.await(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (ended) {
            LOG.info("{}: stopped in {} ms; what was delivered is kept, the rest waits for the next start",
                    name, (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.warn("{}: the round under way did not end within {}; it is left to the JVM's exit", name, stopTimeout);
        }
    }

    private void run() {
        try {
            deliverUntilStopped();
        } finally {
            try {
                atStop.run();
            } catch (RuntimeException failed) {
                LOG.warn("{}: at the stop: {}", name, failed.toString());
            }
            stopped.countDown();
        }
    }

    private void deliverUntilStopped() {
        int failures = 0;
        Duration paced = Duration.ZERO;
        while (stopping.getCount() > 0) {
            Duration pause;
            try {
                paced = pacing.after(round.getAsInt(), batchSize, paced);
                pause = paced;
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
