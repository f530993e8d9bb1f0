package io.relations.embedded.postgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Watches the postmaster, a child process of this JVM (so its exit is seen at once, whoever it runs as), and
 * starts it again when it exits without being asked to, as the {@link RestartPolicy} allows. One thread of its
 * own; {@link #stop()} ends it before the server is stopped, so nothing is restarted during a shutdown.
 */
final class PostgresSupervisor implements ServerHealth {

    private static final Logger log = LoggerFactory.getLogger(PostgresSupervisor.class);
    /** Longer than a start may take (PostgresCluster waits 60 s for one), so stop() does not leave one half done. */
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final Supplier<Process> restart;
    private final RestartPolicy policy;
    private final String name;
    private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
    private final Thread thread;
    private final List<Runnable> afterRestart = new CopyOnWriteArrayList<>();
    private volatile Process postmaster;
    private volatile ServerState state = ServerState.RUNNING;

    /**
     * @param postmaster the running server's process
     * @param restart    starts the server again and returns its new process, or throws EmbeddedPostgresException
     * @param name       the server, for the log
     */
    PostgresSupervisor(Process postmaster, Supplier<Process> restart, RestartPolicy policy, String name) {
        this.postmaster = postmaster;
        this.restart = restart;
        this.policy = policy;
        this.name = name;
        this.thread = new Thread(this::watch, "embedded-postgres-supervisor");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Runs {@code action} on the supervisor's thread after each successful restart. */
    void afterEachRestart(Runnable action) {
        afterRestart.add(action);
    }

    @Override
    public ServerState state() {
        return state;
    }

    /**
     * Ends the supervision, waiting for a restart under way to finish.
     *
     * @return whether the postmaster is running, and so needs stopping
     */
    boolean stop() {
        stopRequested.complete(null);
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state = ServerState.STOPPED;
        return postmaster.isAlive();
    }

    private void watch() {
        while (true) {
            Process watched = postmaster;
            CompletableFuture.anyOf(watched.onExit(), stopRequested).join();
            if (stopRequested.isDone()) {
                return;
            }
            state = ServerState.RESTARTING;
            // The expected crash (kill -9, the OOM killer): one line, no stack trace.
            log.warn("{} (pid {}) exited unexpectedly with code {}; restarting it on the same data directory, at most {} attempt(s)",
                    name, watched.pid(), watched.exitValue(), policy.maxAttempts());
            if (!restartWithBackoff()) {
                return;
            }
        }
    }

    /** {@return whether the server runs again; false when stopped meanwhile or out of attempts (then FAILED)} */
    private boolean restartWithBackoff() {
        long outageStarted = System.nanoTime();
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (stopRequestedWithin(policy.delayBefore(attempt, Math::random))) {
                return false;
            }
            try {
                postmaster = restart.get();
                state = ServerState.RUNNING;
                log.info("{} restarted (pid {}), attempt {} of {}, {} ms after it exited",
                        name, postmaster.pid(), attempt, policy.maxAttempts(), millisSince(outageStarted));
                runAfterRestart();
                return true;
            } catch (EmbeddedPostgresException failedStart) {
                log.warn("{} restart attempt {} of {} failed: {}", name, attempt, policy.maxAttempts(),
                        firstLine(failedStart.getMessage()));
            }
        }
        state = ServerState.FAILED;
        log.error("{} could not be restarted ({} attempts in {} ms): it stays down until this process is restarted",
                name, policy.maxAttempts(), millisSince(outageStarted));
        return false;
    }

    private void runAfterRestart() {
        for (Runnable action : afterRestart) {
            try {
                action.run();
            } catch (RuntimeException failed) {
                log.warn("{}: an action after the restart failed", name, failed);
            }
        }
    }

    private boolean stopRequestedWithin(Duration pause) {
        try {
            stopRequested.get(pause.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException pauseOver) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException unreachable) {
            return true;
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
