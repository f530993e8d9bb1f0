package io.relations.bootstrap;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A readiness check run at most once per {@code maxAge}, whatever the request rate: the answer is
 * kept, one caller at a time refreshes it once it is older than that, and callers arriving during
 * a refresh get the kept answer instead of waiting (only the very first callers, before any
 * answer exists, wait for it). An answer's age counts from when its check started, so a failure
 * is reported at most {@code maxAge} after it began, plus one check's duration. A check that
 * throws counts as "not ready" and is logged once per refresh.
 */
final class CachedReadiness implements BooleanSupplier {

    /** Short enough for a load balancer to see a failure within its next probe or two. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(CachedReadiness.class);

    private record Answer(boolean ready, long checkStartedNanos) {
    }

    private final BooleanSupplier check;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Answer last;

    /** @param nanoTime a monotonic clock, {@code System::nanoTime} outside tests */
    CachedReadiness(BooleanSupplier check, Duration maxAge, LongSupplier nanoTime) {
        this.check = check;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public boolean getAsBoolean() {
        Answer kept = last;
        if (kept != null && isFresh(kept)) {
            return kept.ready();
        }
        if (kept != null && !refreshing.tryLock()) {
            return kept.ready();
        }
        if (kept == null) {
            refreshing.lock();
        }
        try {
            Answer current = last;
            if (current != null && isFresh(current)) {
                return current.ready();
            }
            long started = nanoTime.getAsLong();
            boolean ready = checkOnce();
            last = new Answer(ready, started);
            return ready;
        } finally {
            refreshing.unlock();
        }
    }

    private boolean isFresh(Answer answer) {
        return nanoTime.getAsLong() - answer.checkStartedNanos() < maxAgeNanos;
    }

    private boolean checkOnce() {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException failedCheck) {
            LOG.warn("The readiness check failed", failedCheck);
            return false;
        }
    }
}
