package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class CachedReadinessTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final BooleanSupplier countingCheck = () -> {
        checks.incrementAndGet();
        return databaseUp.get();
    };

    @Test
    void many_calls_within_the_window_cost_one_check() {
        // given
        CachedReadiness readiness = new CachedReadiness(countingCheck, MAX_AGE, now::get);

        // when a thousand probes come within the second
        for (int i = 0; i < 1_000; i++) {
            assertThat(readiness.getAsBoolean()).isTrue();
            now.addAndGet(MAX_AGE.toNanos() / 2_000);
        }

        // then
        assertThat(checks).hasValue(1);
    }

    @Test
    void the_check_runs_again_once_the_answer_is_older_than_the_window() {
        CachedReadiness readiness = new CachedReadiness(countingCheck, MAX_AGE, now::get);
        readiness.getAsBoolean();

        now.addAndGet(MAX_AGE.toNanos());
        readiness.getAsBoolean();
        readiness.getAsBoolean();

        assertThat(checks).hasValue(2);
    }

    @Test
    void a_failure_is_seen_within_the_window_after_it_starts() {
        // given a ready answer, kept
        CachedReadiness readiness = new CachedReadiness(countingCheck, MAX_AGE, now::get);
        assertThat(readiness.getAsBoolean()).isTrue();

        // when the database goes down just after the check
        now.addAndGet(1);
        databaseUp.set(false);

        // then the kept answer may hold for the rest of the window, but no longer
        assertThat(readiness.getAsBoolean()).isTrue();
        now.addAndGet(MAX_AGE.toNanos() - 1);
        assertThat(readiness.getAsBoolean()).isFalse();
    }

    @Test
    void a_check_that_throws_is_not_ready_and_is_kept_like_any_answer() {
        CachedReadiness readiness = new CachedReadiness(() -> {
            checks.incrementAndGet();
            throw new IllegalStateException("pool closed");
        }, MAX_AGE, now::get);

        assertThat(readiness.getAsBoolean()).isFalse();
        assertThat(readiness.getAsBoolean()).isFalse();
        assertThat(checks).hasValue(1);
    }

    @Test
    void callers_during_a_refresh_get_the_kept_answer_without_waiting_for_the_check() throws Exception {
        // given a kept answer, then a refresh that hangs in the database
        CountDownLatch refreshStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachedReadiness readiness = new CachedReadiness(() -> {
            if (calls.incrementAndGet() == 2) {
                refreshStarted.countDown();
                await(release);
                return false;
            }
            return true;
        }, MAX_AGE, now::get);
        assertThat(readiness.getAsBoolean()).isTrue();
        now.addAndGet(MAX_AGE.toNanos());
        CompletableFuture<Boolean> refreshing = CompletableFuture.supplyAsync(readiness::getAsBoolean);
        assertThat(refreshStarted.await(10, TimeUnit.SECONDS)).isTrue();

        // when others ask meanwhile
        boolean answeredMeanwhile = readiness.getAsBoolean();

        // then they got the kept answer at once, and the check ran only for the refresher
        assertThat(answeredMeanwhile).isTrue();
        release.countDown();
        assertThat(refreshing.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(calls).hasValue(2);
        assertThat(readiness.getAsBoolean()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
