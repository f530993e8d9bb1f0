package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.relations.adapter.kafka.KafkaSettings;
import io.relations.adapter.kafka.testing.Changes;
import io.relations.adapter.kafka.testing.KafkaBroker;
import io.relations.adapter.kafka.testing.TopicReader;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.bootstrap.config.KafkaStreamSettings;
import io.relations.cloudevents.ChangeCloudEvents;
import io.relations.testkit.memory.InMemoryChangeLog;
import io.relations.testkit.memory.InMemoryConsumerPositions;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The stream as bootstrap wires it, on a real broker: the relay's thread carries the log to the topic. */
class KafkaStreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaBroker broker = KafkaBroker.shared();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void the_stream_carries_the_whole_log_to_its_topic_keeps_its_position_and_by_default_leaves_a_blocks_reason_out() throws Exception {
        // given a log of follows and a block with its reason
        Changes changes = new Changes(1);
        InMemoryChangeLog log = new InMemoryChangeLog();
        List<LoggedChange> all = new ArrayList<>(changes.interleaved(7, 1_200));
        all.add(changes.block(3, "spam"));
        log.append(Changes.events(all));
        InMemoryConsumerPositions positions = new InMemoryConsumerPositions();
        KafkaStreamSettings settings = settings(PrivacyClass.defaults());

        // when the stream runs until its position reaches the end of the log
        try (KafkaStream stream = start(settings, log, positions)) {
            awaitPosition(positions, settings, log.latest());
        }

        // then every change is on the topic, the block without its reason, and the meters say so
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), settings.publisher().topic(), all.size());
        assertThat(records.stream().map(record -> json(record).get("id").asText()).distinct())
                .containsExactlyInAnyOrderElementsOf(all.stream().map(change -> change.event().id().toString()).toList());
        JsonNode block = records.stream().map(KafkaStreamTest::json).filter(event -> event.get("type").asText().equals("io.relations.block.created.v1"))
                .findFirst().orElseThrow();
        assertThat(block.get("data").has("blocker")).isTrue();
        assertThat(block.get("data").has("reason")).isFalse();
        assertThat(meters.get(KafkaStream.PUBLISHED).counter().count()).isGreaterThanOrEqualTo(all.size());
        assertThat(meters.get(KafkaStream.LAG_CHANGES).gauge().value()).isZero();
    }

    @Test
    void a_stream_configured_for_private_changes_carries_a_blocks_reason() throws Exception {
        Changes changes = new Changes(1);
        InMemoryChangeLog log = new InMemoryChangeLog();
        log.append(Changes.events(List.of(changes.block(1, "spam"))));
        InMemoryConsumerPositions positions = new InMemoryConsumerPositions();
        KafkaStreamSettings settings = settings(EnumSet.allOf(PrivacyClass.class));

        try (KafkaStream stream = start(settings, log, positions)) {
            awaitPosition(positions, settings, log.latest());
        }

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), settings.publisher().topic(), 1);
        assertThat(records).hasSize(1);
        assertThat(json(records.get(0)).get("data").get("reason").asText()).isEqualTo("spam");
    }

    @Test
    void while_the_stream_runs_it_holds_its_consumer_and_stopping_gives_it_up_with_the_position_kept() throws Exception {
        // given a stream that has carried a log to its topic
        Changes changes = new Changes(1);
        InMemoryChangeLog log = new InMemoryChangeLog();
        log.append(Changes.events(changes.interleaved(2, 5)));
        InMemoryConsumerPositions positions = new InMemoryConsumerPositions();
        KafkaStreamSettings settings = settings(PrivacyClass.defaults());
        Optional<ConsumerClaim> whileRunning;
        try (KafkaStream stream = start(settings, log, positions)) {
            awaitPosition(positions, settings, log.latest());
            // when another process tries to claim its consumer while it runs
            whileRunning = positions.tryClaim(settings.consumer(), ChangePosition.START);
        }

        // then it could not, and once the stream has stopped it can, at the position the stream kept
        assertThat(whileRunning).isEmpty();
        try (ConsumerClaim afterStop = positions.tryClaim(settings.consumer(), ChangePosition.START).orElseThrow()) {
            assertThat(afterStop.position()).isEqualTo(log.latest());
        }
    }

    private KafkaStream start(KafkaStreamSettings settings, InMemoryChangeLog log, InMemoryConsumerPositions positions) {
        return KafkaStream.start(settings, log, positions, new ChangeCloudEvents(URI.create("urn:relations:test")), meters, Clock.systemUTC());
    }

    private KafkaStreamSettings settings(Set<PrivacyClass> privacy) {
        return new KafkaStreamSettings(new KafkaSettings(List.of(broker.bootstrapServers()), "relations.test." + UUID.randomUUID(),
                Optional.of(3), Optional.of((short) 1), Duration.ofSeconds(10)), privacy);
    }

    private static void awaitPosition(InMemoryConsumerPositions positions, KafkaStreamSettings settings, ChangePosition last) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!last.equals(positions.positions().get(settings.consumer())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(positions.positions().get(settings.consumer())).as("the stream's position").isEqualTo(last);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
