package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.service.ChangeLogRetention;
import io.relations.testkit.memory.InMemoryConsumerPositions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChangeLogRetentionScheduleTest {

    @Test
    void a_run_calls_retention_again_while_a_call_removed_a_full_batch_and_stops_at_the_first_short_one() {
        ScriptedLog log = new ScriptedLog(ChangeLogRetention.MAX_PER_CALL, ChangeLogRetention.MAX_PER_CALL, 3, ChangeLogRetention.MAX_PER_CALL);

        try (ChangeLogRetentionSchedule schedule = ChangeLogRetentionSchedule.start(retention(log), Duration.ofDays(1))) {
            schedule.runOnce();
        }

        assertThat(log.calls.get()).isEqualTo(3);
    }

    @Test
    void a_run_is_bounded_however_much_is_due() {
        ScriptedLog log = new ScriptedLog();

        try (ChangeLogRetentionSchedule schedule = ChangeLogRetentionSchedule.start(retention(log), Duration.ofDays(1))) {
            schedule.runOnce();
        }

        assertThat(log.calls.get()).isEqualTo(ChangeLogRetentionSchedule.MAX_CALLS_PER_RUN);
    }

    @Test
    void a_failing_run_does_not_end_the_schedule_and_closing_it_stops_its_thread() throws InterruptedException {
        ScriptedLog log = new ScriptedLog();
        log.failing = true;
        ChangeLogRetentionSchedule schedule = ChangeLogRetentionSchedule.start(retention(log), Duration.ofMillis(5));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (log.calls.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        schedule.close();
        int callsAtClose = log.calls.get();
        Thread.sleep(50);

        assertThat(callsAtClose).as("runs, each of which failed").isGreaterThanOrEqualTo(3);
        assertThat(log.calls.get()).as("runs after the close").isEqualTo(callsAtClose);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("change-log-retention"));
    }

    private static ChangeLogRetention retention(ChangeLog log) {
        return new ChangeLogRetention(log, new InMemoryConsumerPositions(), Clock.systemUTC(), Duration.ofDays(7));
    }

    /** A log whose removals answer the scripted counts, then full batches; or fail. */
    private static final class ScriptedLog implements ChangeLog {

        final AtomicInteger calls = new AtomicInteger();
        final Deque<Integer> answers = new ArrayDeque<>();
        volatile boolean failing;

        ScriptedLog(Integer... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
            calls.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("the database is away, on purpose");
            }
            Integer next = answers.poll();
            return next == null ? maxChanges : next;
        }

        @Override
        public ChangePosition latest() {
            return ChangePosition.START;
        }

        @Override
        public List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangeBacklog backlogAfter(ChangePosition after, long cap) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ChangePosition> removedThrough() {
            throw new UnsupportedOperationException();
        }
    }
}
