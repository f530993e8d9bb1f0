package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.port.out.PublishFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class ChangeRelayLoopTest {

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
        try (ChangeRelayLoop loop = loop(rounds, FOREVER, FOREVER).start()) {
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
        try (ChangeRelayLoop loop = loop(rounds, FOREVER, Duration.ofMillis(2)).start()) {
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
        try (ChangeRelayLoop loop = loop(rounds, Duration.ofMillis(1), FOREVER).start()) {
            // then after the first failure nothing runs until the backoff has passed
            assertThat(rounds.reached(1)).isTrue();
            Thread.sleep(300);
            assertThat(rounds.calls()).isEqualTo(1);
        }
    }

    @Test
    void stopping_lets_the_round_under_way_finish_and_starts_no_other() throws Exception {
        // given a round that is under way when the loop is asked to stop
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
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
        ChangeRelayLoop loop = new ChangeRelayLoop("test-relay", round, BATCH, Duration.ZERO,
                new RetryBackoff(FOREVER, FOREVER, new Random(1)), afterRounds::incrementAndGet, PATIENCE).start();
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
    }

    private ChangeRelayLoop loop(Rounds rounds, Duration pollInterval, Duration backoff) {
        return new ChangeRelayLoop("test-relay", rounds, BATCH, pollInterval, new RetryBackoff(backoff, backoff, new Random(1)),
                afterRounds::incrementAndGet, PATIENCE);
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
