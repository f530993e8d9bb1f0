package io.relations.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.relations.adapter.kafka.KafkaChangePublisher;
import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ChangePublisher;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.PublishFailedException;
import io.relations.application.service.ChangeRelay;
import io.relations.bootstrap.config.KafkaStreamSettings;
import io.relations.cloudevents.ChangeCloudEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change log's Kafka stream: the application's {@link ChangeRelay} on the Kafka publisher, run
 * by a {@link DeliveryLoop}, with its meters: {@value #LAG_CHANGES} and {@value #LAG_SECONDS}
 * (how far the topic is behind the log, from {@link ChangeLog#backlogAfter}, refreshed after every
 * round), {@value #PUBLISHED} (changes the topic accepted) and {@value #FAILED} (batches it did not).
 * No meter has a tag: the series are fixed.
 */
final class KafkaStream implements AutoCloseable {

    static final String LAG_CHANGES = "relations.kafka.lag.changes";
    static final String LAG_SECONDS = "relations.kafka.lag.seconds";
    static final String PUBLISHED = "relations.kafka.published";
    static final String FAILED = "relations.kafka.failed";

    /** How many changes one round reads: a full batch is followed by the next round at once. */
    static final int BATCH_SIZE = 500;
    /** The lag in changes is counted up to here: past it the gauge says "at least". */
    static final long LAG_CAP = 1_000_000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    // Short: a round against a broker that is down costs one publish timeout and nothing else, and
    // the longest pause is also how long the topic may wait after the broker is back (the fault run).
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    private final DeliveryLoop loop;
    private final KafkaChangePublisher publisher;

    private KafkaStream(DeliveryLoop loop, KafkaChangePublisher publisher) {
        this.loop = loop;
        this.publisher = publisher;
    }

    /** Starts relaying; the broker need not be reachable yet (the loop retries until it is). */
    static KafkaStream start(KafkaStreamSettings settings, ChangeLog log, ConsumerPositions positions, ChangeCloudEvents events,
                             MeterRegistry meters, Clock clock) {
        KafkaChangePublisher publisher = new KafkaChangePublisher(settings.publisher(), events);
        ConsumerName consumer = settings.consumer();
        ChangeRelay relay = new ChangeRelay(log, positions, counted(publisher, meters), consumer, settings.privacy(), BATCH_SIZE);
        Lag lag = new Lag(log, positions, consumer, clock);
        // Held strongly: Micrometer keeps only a weak reference by default, and a collected value reads NaN.
        Gauge.builder(LAG_CHANGES, lag.changes, AtomicLong::get).strongReference(true)
                .description("Changes of the log not yet published to Kafka (counted up to a million)").register(meters);
        Gauge.builder(LAG_SECONDS, lag.seconds, AtomicLong::get).strongReference(true)
                .description("How long the oldest change not yet published to Kafka has waited").baseUnit("seconds").register(meters);
        // A round may take the publisher's timeout twice (the topic's check, then the batch): stopping waits for it.
        Duration stopTimeout = settings.publisher().timeout().multipliedBy(2).plusSeconds(5);
        // The relay holds its claim across rounds; the loop's thread gives it up when it stops.
        DeliveryLoop loop = new DeliveryLoop("relations-kafka-relay", relay::relayOnce, BATCH_SIZE, PollPacing.DEFAULT,
                new RetryBackoff(FIRST_RETRY, LONGEST_RETRY, new Random()), lag::refresh, relay::close, stopTimeout).start();
        return new KafkaStream(loop, publisher);
    }

    /** Lets the round under way finish and gives up the relay's claim (its position kept), then closes the producer. */
    @Override
    public void close() {
        try {
            loop.close();
        } finally {
            publisher.close();
        }
    }

    /** The publisher, counting what the topic accepted and what it refused. */
    static ChangePublisher counted(ChangePublisher publisher, MeterRegistry meters) {
        Counter published = Counter.builder(PUBLISHED).description("Changes the Kafka topic accepted (a change sent again counts again)")
                .register(meters);
        Counter failed = Counter.builder(FAILED).description("Batches of changes the Kafka topic did not accept (each sent again later)")
                .register(meters);
        return (List<LoggedChange> changes) -> {
            try {
                publisher.publish(changes);
            } catch (PublishFailedException refused) {
                failed.increment();
                throw refused;
            }
            published.increment(changes.size());
        };
    }

    /** The topic's lag behind the log, as the gauges show it. */
    static final class Lag {

        private final ChangeLog log;
        private final ConsumerPositions positions;
        private final ConsumerName consumer;
        private final Clock clock;
        final AtomicLong changes = new AtomicLong();
        final AtomicLong seconds = new AtomicLong();

        Lag(ChangeLog log, ConsumerPositions positions, ConsumerName consumer, Clock clock) {
            this.log = log;
            this.positions = positions;
            this.consumer = consumer;
            this.clock = clock;
        }

        /** Reads the consumer's position and the backlog after it: two reads of the database. */
        void refresh() {
            ChangePosition position = positions.positions().getOrDefault(consumer, ChangePosition.START);
            ChangeBacklog backlog = log.backlogAfter(position, LAG_CAP);
            changes.set(backlog.changes());
            seconds.set(backlog.oldestWaiting().map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds())).orElse(0L));
        }
    }
}
