package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ChangePublisher;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.PublishFailedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KafkaStreamMetersTest {

    private static final ConsumerName CONSUMER = new ConsumerName("kafka:relations.changes");
    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void the_counters_count_the_changes_the_topic_accepted_and_the_batches_it_refused() {
        // given a topic that accepts a batch of three, then refuses one
        AtomicReference<Boolean> refuse = new AtomicReference<>(false);
        ChangePublisher topic = changes -> {
            if (refuse.get()) {
                throw new PublishFailedException("the broker is away", null);
            }
        };
        ChangePublisher counted = KafkaStream.counted(topic, meters);

        // when both are published
        counted.publish(Collections.nCopies(3, null));
        refuse.set(true);
        assertThatThrownBy(() -> counted.publish(Collections.nCopies(2, null))).isInstanceOf(PublishFailedException.class);

        // then three changes count as published and one batch as failed
        assertThat(meters.get(KafkaStream.PUBLISHED).counter().count()).isEqualTo(3);
        assertThat(meters.get(KafkaStream.FAILED).counter().count()).isEqualTo(1);
    }

    @Test
    void the_lag_is_the_backlog_after_the_streams_own_position_in_changes_and_in_seconds() {
        // given a log with 42 changes after the stream's position, the oldest 90 seconds old
        ChangePosition kept = new ChangePosition(7, 3);
        List<ChangePosition> askedAfter = new ArrayList<>();
        ChangeLog log = new BacklogOnly(after -> {
            askedAfter.add(after);
            return new ChangeBacklog(42, Optional.of(NOW.minusSeconds(90)));
        });
        KafkaStream.Lag lag = new KafkaStream.Lag(log, new FixedPositions(Map.of(CONSUMER, kept, new ConsumerName("webhook:1"), ChangePosition.START)),
                CONSUMER, Clock.fixed(NOW, ZoneOffset.UTC));

        // when it is refreshed
        lag.refresh();

        // then the gauges' values are the stream's backlog
        assertThat(askedAfter).containsExactly(kept);
        assertThat(lag.changes.get()).isEqualTo(42);
        assertThat(lag.seconds.get()).isEqualTo(90);
    }

    @Test
    void a_stream_without_a_position_yet_lags_by_the_whole_log() {
        List<ChangePosition> askedAfter = new ArrayList<>();
        KafkaStream.Lag lag = new KafkaStream.Lag(new BacklogOnly(after -> {
            askedAfter.add(after);
            return ChangeBacklog.none();
        }), new FixedPositions(Map.of()), CONSUMER, Clock.fixed(NOW, ZoneOffset.UTC));

        lag.refresh();

        assertThat(askedAfter).containsExactly(ChangePosition.START);
        assertThat(lag.changes.get()).isZero();
        assertThat(lag.seconds.get()).isZero();
    }

    /** A log that answers only how far behind a position is. */
    private record BacklogOnly(java.util.function.Function<ChangePosition, ChangeBacklog> backlog) implements ChangeLog {

        @Override
        public List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangePosition latest() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangeBacklog backlogAfter(ChangePosition after, long cap) {
            return backlog.apply(after);
        }

        @Override
        public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ChangePosition> removedThrough() {
            throw new UnsupportedOperationException();
        }
    }

    private record FixedPositions(Map<ConsumerName, ChangePosition> positions) implements ConsumerPositions {

        @Override
        public Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void reset(ConsumerName consumer, ChangePosition position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forget(ConsumerName consumer) {
            throw new UnsupportedOperationException();
        }
    }
}
