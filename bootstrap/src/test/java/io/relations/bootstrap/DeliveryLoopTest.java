package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.relations.application.port.out.PublishFailedException;
import io.relations.bootstrap.testing.LoggedMessages;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeliveryLoopTest {

    private static final int BATCH = 10;
    /** So long that a test sees a pause as "no next round" however slow the machine. */
    private static final Duration FOREVER = Duration.ofHours(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicInteger afterRounds = new AtomicInteger();

    @Test
    void full_rounds_are_followed_by_the_next_at_once_and_a_short_one_by_the_poll_interval() throws Exception {
        // given rounds that read a full batch twice, then fewer
        Rounds rounds = new Rounds(BATCH, BATCH, 3, 0);

        // when the loop runs with a poll interval longer than the test
        try (DeliveryLoop loop = loop(rounds, FOREVER, FOREVER).start()) {
            // then the two full rounds and the short one run, and the loop then waits
            assertThat(rounds.reached(3)).isTrue();
            Thread.sleep(300);
            assertThat(rounds.calls()).isEqualTo(3);
        }
        assertThat(afterRounds.get()).isEqualTo(3);
    }

    @Test
    void a_failed_round_is_tried_again_after_the_backoff_until_one_succeeds() throws Exception {
        // given rounds that fail twice (the broker away), then deliver
        Rounds rounds = new Rounds(-1, -1, 5, 0);

        // when the loop runs with a short backoff and a long poll interval
        try (DeliveryLoop loop = loop(rounds, FOREVER, Duration.ofMillis(2)).start()) {
            // then it tries again after each failure, and succeeds on the third round
            assertThat(rounds.reached(3)).isTrue();
        }
        assertThat(rounds.calls()).isEqualTo(3);
        assertThat(rounds.delivered()).isEqualTo(5);
    }

    @Test
    void a_failed_round_waits_for_its_backoff_before_the_next() throws Exception {
        // given rounds that always fail
        Rounds rounds = new Rounds(-1, -1, -1);

        // when the loop runs with a backoff longer than the test
        try (DeliveryLoop loop = loop(rounds, Duration.ofMillis(1), FOREVER).start()) {
            // then after the first failure nothing runs until the backoff has passed
            assertThat(rounds.reached(1)).isTrue();
            Thread.sleep(300);
            assertThat(rounds.calls()).isEqualTo(1);
        }
    }

    @Test
    void stopping_lets_the_round_under_way_finish_starts_no_other_then_gives_up_the_claims_on_the_loops_thread_and_logs_it()
            throws Exception {
        List<String> logged;
        try (LoggedMessages messages = LoggedMessages.of(DeliveryLoop.class, Level.INFO)) {
            stopTheRoundUnderWay();
            logged = messages.formatted();
        }
        assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("test-relay: stopped in"));
    }

    private void stopTheRoundUnderWay() throws Exception {
        // given a round that is under way when the loop is asked to stop
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicReference<String> stoppedAfter = new AtomicReference<>();
        IntSupplier round = () -> {
            started.incrementAndGet();
            inRound.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException("the round was cut in the middle");
            }
            finished.incrementAndGet();
            return BATCH;
        };
        Runnable atStop = () -> stoppedAfter.set(finished.get() + " rounds, on " + Thread.currentThread().getName());
        DeliveryLoop loop = new DeliveryLoop("test-relay", round, BATCH, new PollPacing(Duration.ofMillis(1), Duration.ofMillis(1)),
                new RetryBackoff(FOREVER, FOREVER, new Random(1)), afterRounds::incrementAndGet, atStop, PATIENCE).start();
        assertThat(inRound.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        // when it is stopped, and the round then ends
        Thread stopper = new Thread(loop::close);
        stopper.start();
        Thread.sleep(100);
        release.countDown();
        stopper.join(PATIENCE.toMillis());

        // then the round finished, not cut, and though it was full no other started
        assertThat(stopper.isAlive()).isFalse();
        assertThat(finished.get()).isEqualTo(1);
        assertThat(started.get()).isEqualTo(1);
        // and the last step ran after the round, on the loop's own thread, before close returned
        assertThat(stoppedAfter.get()).isEqualTo("1 rounds, on test-relay");
    }

    @Test
    void while_rounds_find_nothing_they_come_less_and_less_often() throws Exception {
        // given rounds that never find anything, paced from 10 ms up to 200 ms
        Rounds rounds = new Rounds();
        PollPacing pacing = new PollPacing(Duration.ofMillis(10), Duration.ofMillis(200));

        // when the loop runs for a bounded idle while
        try (DeliveryLoop loop = new DeliveryLoop("test-relay", rounds, BATCH, pacing, new RetryBackoff(FOREVER, FOREVER, new Random(1)),
                afterRounds::incrementAndGet, () -> { }, PATIENCE).start()) {
            Thread.sleep(1_500);
        }

        // then far fewer rounds ran than the short interval alone would run (150): the pauses are
        // 10, 20, 40, 80, 160 ms, then 200 ms each, so about a dozen (a slow machine runs fewer, never more)
        assertThat(rounds.calls()).isBetween(1, 20);
    }

    private DeliveryLoop loop(Rounds rounds, Duration pollInterval, Duration backoff) {
        return new DeliveryLoop("test-relay", rounds, BATCH, new PollPacing(pollInterval, pollInterval),
                new RetryBackoff(backoff, backoff, new Random(1)), afterRounds::incrementAndGet, () -> { }, PATIENCE);
    }

    /** Answers the given counts in turn (-1: the publisher refuses), then 0; counts its calls. */
    private static final class Rounds implements IntSupplier {

        private final List<Integer> answers;
        private final List<Integer> answered = new CopyOnWriteArrayList<>();

        Rounds(Integer... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public int getAsInt() {
            int answer = answered.size() < answers.size() ? answers.get(answered.size()) : 0;
            answered.add(answer);
            if (answer < 0) {
                throw new PublishFailedException("the broker is away", null);
            }
            return answer;
        }

        int calls() {
            return answered.size();
        }

        int delivered() {
            return answered.stream().filter(count -> count > 0).mapToInt(Integer::intValue).sum();
        }

        /** Waits, bounded, until at least {@code count} rounds ran. */
        boolean reached(int count) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (answered.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return answered.size() >= count;
        }
    }
}
