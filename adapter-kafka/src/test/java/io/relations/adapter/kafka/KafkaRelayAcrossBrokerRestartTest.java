package io.relations.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.kafka.testing.Changes;
import io.relations.adapter.kafka.testing.KafkaBroker;
import io.relations.adapter.kafka.testing.TopicReader;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.PublishFailedException;
import io.relations.application.service.ChangeRelay;
import io.relations.cloudevents.ChangeCloudEvents;
import io.relations.testkit.memory.InMemoryChangeLog;
import io.relations.testkit.memory.InMemoryConsumerPositions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay (the application's {@link ChangeRelay}) through this publisher while the broker goes
 * away and comes back: a publication fails within its timeout, the position stays, and once the
 * broker is back everything arrives, none lost.
 */
class KafkaRelayAcrossBrokerRestartTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final ConsumerName CONSUMER = new ConsumerName("kafka");
    private static final int BATCH = 25;
    /** Enough rounds to carry every change of the test, twice over. */
    private static final int MAX_ROUNDS = 50;

    private final KafkaBroker broker = KafkaBroker.shared();

    @AfterEach
    void brokerRunsForTheNextTest() {
        broker.start();
    }

    @Test
    void with_the_broker_stopped_publishing_fails_within_its_timeout_and_once_it_is_back_the_relay_delivers_every_change() {
        // given a relay that has carried a first part of the log to a topic of three partitions
        String topic = KafkaChangePublisherTest.newTopic();
        Changes changes = new Changes(20_000);
        InMemoryChangeLog log = new InMemoryChangeLog();
        InMemoryConsumerPositions positions = new InMemoryConsumerPositions();
        List<LoggedChange> all = new ArrayList<>();
        try (KafkaChangePublisher publisher = new KafkaChangePublisher(new KafkaSettings(List.of(broker.bootstrapServers()), topic,
                Optional.of(3), Optional.of((short) 1), TIMEOUT), new ChangeCloudEvents(URI.create("urn:relations:test")))) {
            ChangeRelay relay = new ChangeRelay(log, positions, publisher, CONSUMER, PrivacyClass.defaults(), BATCH);
            List<LoggedChange> before = log.append(Changes.events(changes.interleaved(10, 60)));
            all.addAll(before);
            relayUntilIdle(relay);
            ChangePosition carried = positions.positions().get(CONSUMER);
            assertThat(carried).isEqualTo(before.get(before.size() - 1).position());

            // when the broker stops while more changes commit
            broker.stop();
            List<LoggedChange> during = log.append(Changes.events(changes.interleaved(10, 60)));
            all.addAll(during);

            // then a round fails within a bound of its timeout, and keeps the position where it was
            long started = System.nanoTime();
            assertThatThrownBy(relay::relayOnce).isInstanceOf(PublishFailedException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isLessThan(TIMEOUT.multipliedBy(3));
            assertThat(positions.positions().get(CONSUMER)).isEqualTo(carried);

            // and when the broker is back (and more changes commit), the relay resumes and carries everything
            broker.start();
            List<LoggedChange> after = log.append(Changes.events(changes.interleaved(10, 60)));
            all.addAll(after);
            relayUntilIdle(relay);
            assertThat(positions.positions().get(CONSUMER)).isEqualTo(all.get(all.size() - 1).position());
        }

        // every change arrived, each pair's in the log's order once repeats are dropped by id
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, all.size());
        Map<String, List<UUID>> firstSeen = new LinkedHashMap<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            UUID id = UUID.fromString(KafkaChangePublisherTest.json(record.value()).get("id").asText());
            if (seen.add(id)) {
                firstSeen.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(id);
            }
        }
        assertThat(seen).hasSize(all.size());
        assertThat(firstSeen).isEqualTo(KafkaChangePublisherTest.idsByKey(all));
    }

    /** Rounds until one comes back empty, each failure retried after a short pause; bounded in count. */
    private static void relayUntilIdle(ChangeRelay relay) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            try {
                if (relay.relayOnce() == 0) {
                    return;
                }
            } catch (PublishFailedException notYet) {
                pause();
            }
        }
        throw new AssertionError("the relay was not idle after " + MAX_ROUNDS + " rounds");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
