package io.relations.bootstrap;

import io.relations.application.service.ChangeLogRetention;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the change log's retention on a daemon thread of its own: once every period, each run
 * calling it again while a call removed a full batch (bounded per run, so a huge backlog is worked
 * off over several periods rather than in one long burst). A failing run (the database away) is
 * logged and the next period tries again. Closing it stops the thread and waits for a run under way.
 */
final class ChangeLogRetentionSchedule implements AutoCloseable {

    /** How often retention runs: changes are kept for days, so a minute late is nothing. */
    static final Duration PERIOD = Duration.ofMinutes(1);
    /** The most calls of one run: {@value} × {@value ChangeLogRetention#MAX_PER_CALL} changes at most. */
    static final int MAX_CALLS_PER_RUN = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogRetentionSchedule.class);

    private final ScheduledExecutorService thread;
    private final ChangeLogRetention retention;

    private ChangeLogRetentionSchedule(ChangeLogRetention retention) {
        this.retention = retention;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, "change-log-retention");
            daemon.setDaemon(true);
            return daemon;
        });
    }

    /** Starts the schedule: the first run one period from now, so that it never slows a start. */
    static ChangeLogRetentionSchedule start(ChangeLogRetention retention, Duration period) {
        ChangeLogRetentionSchedule schedule = new ChangeLogRetentionSchedule(retention);
        schedule.thread.scheduleWithFixedDelay(schedule::runOnce, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** One run; never throws, which would end the schedule. */
    void runOnce() {
        try {
            int removed = 0;
            for (int call = 0; call < MAX_CALLS_PER_RUN && !Thread.currentThread().isInterrupted(); call++) {
                int now = retention.removeExpired();
                removed += now;
                if (now < ChangeLogRetention.MAX_PER_CALL) {
                    break;
                }
            }
            if (removed > 0) {
                LOG.info("change log retention removed {} changes older than {}", removed, retention.retention());
            }
        } catch (RuntimeException failure) {
            LOG.warn("change log retention failed; it runs again in {}", PERIOD, failure);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("change log retention did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
