package io.relations.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.kafka.testing.Changes;
import io.relations.adapter.kafka.testing.KafkaBroker;
import io.relations.adapter.kafka.testing.TopicReader;
import io.relations.application.change.LoggedChange;
import io.relations.cloudevents.ChangeCloudEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The publisher against a real broker: what arrives, in which order, under which key. */
class KafkaChangePublisherTest {

    private static final ChangeCloudEvents EVENTS = new ChangeCloudEvents(URI.create("urn:relations:test"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.shared();
    }

    @Test
    void every_published_change_arrives_as_a_structured_cloud_event_keyed_by_its_subject_with_its_position() {
        // given changes of pairs and of a setting
        String topic = newTopic();
        Changes changes = new Changes(100);
        List<LoggedChange> published = new ArrayList<>(changes.interleaved(5, 20));
        published.add(changes.setting(false));

        // when they are published
        try (KafkaChangePublisher publisher = publisher(topic, 1)) {
            publisher.publish(published);
        }

        // then each arrives once, in the log's order, as its CloudEvent, with its key and headers
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, published.size());
        assertThat(records).hasSize(published.size());
        for (int i = 0; i < published.size(); i++) {
            LoggedChange change = published.get(i);
            ConsumerRecord<String, byte[]> record = records.get(i);
            JsonNode event = json(record.value());
            assertThat(record.key()).isEqualTo(change.event().subject().key());
            assertThat(event.get("id").asText()).isEqualTo(change.event().id().toString());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).isEqualTo(change.event().type().cloudEventType());
            assertThat(event.get("subject").asText()).isEqualTo(change.event().subject().key());
            assertThat(event.get(ChangeCloudEvents.POSITION).asText()).isEqualTo(change.position().toString());
            assertThat(JSON.convertValue(event.get("data"), Map.class)).isEqualTo(change.event().data());
            assertThat(header(record, KafkaChangePublisher.CONTENT_TYPE_HEADER)).isEqualTo(ChangeCloudEvents.CONTENT_TYPE);
            assertThat(header(record, ChangeCloudEvents.POSITION)).isEqualTo(change.position().toString());
        }
    }

    @Test
    void publish_returns_only_once_the_topic_holds_every_change_of_the_batch() {
        // given a publisher of a topic that exists, and a consumer that is ready to ask how much it holds
        String topic = newTopic();
        Changes changes = new Changes(50_000);
        try (KafkaChangePublisher publisher = publisher(topic, 3)) {
            publisher.publish(changes.interleaved(3, 3));
            try (KafkaConsumer<String, byte[]> consumer = TopicReader.assignedTo(broker.bootstrapServers(), topic)) {

                // when a batch is published
                publisher.publish(changes.interleaved(20, 300));

                // then, the moment publish returns, the topic holds all of it: nothing is still on its way
                assertThat(TopicReader.countNow(consumer)).isEqualTo(303);
            }
        }
    }

    @Test
    void changes_of_one_subject_arrive_in_log_order_across_many_subjects_and_three_partitions() {
        // given a topic of three partitions and many pairs whose changes interleave, over several batches
        String topic = newTopic();
        Changes changes = new Changes(1_000);
        List<LoggedChange> published = changes.interleaved(40, 400);

        // when they are published batch after batch
        try (KafkaChangePublisher publisher = publisher(topic, 3)) {
            for (int from = 0; from < published.size(); from += 50) {
                publisher.publish(published.subList(from, from + 50));
            }
        }

        // then every pair's changes are in one partition, in the log's order, and all partitions are used
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, published.size());
        assertThat(records).hasSize(published.size());
        Map<String, Set<Integer>> partitionsOfKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));
        assertThat(partitionsOfKey).hasSize(40).allSatisfy((key, partitions) -> assertThat(partitions).hasSize(1));
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(3);
        assertThat(idsByKey(records)).isEqualTo(idsByKey(published));
    }

    @Test
    void a_batch_published_twice_reaches_a_consumer_that_drops_repeats_by_event_id_once_each_in_order() {
        // given a batch that was published, and then published again (a relay that crashed before keeping its position)
        String topic = newTopic();
        List<LoggedChange> batch = new Changes(5_000).interleaved(6, 30);
        try (KafkaChangePublisher publisher = publisher(topic, 3)) {
            publisher.publish(batch);
            publisher.publish(batch);
        }

        // when a consumer reads the topic and drops every event whose id it has seen
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, 2 * batch.size());
        Map<String, List<UUID>> kept = new LinkedHashMap<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            UUID id = UUID.fromString(json(record.value()).get("id").asText());
            if (seen.add(id)) {
                kept.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(id);
            }
        }

        // then it saw every change twice, and keeps each once, every pair's in the log's order
        assertThat(records).hasSize(2 * batch.size());
        assertThat(seen).hasSize(batch.size());
        assertThat(kept).isEqualTo(idsByKey(batch));
    }

    @Test
    void the_topic_is_created_with_the_configured_partitions_when_absent_and_left_as_it_is_when_present() {
        // given a topic the publisher created with two partitions
        String topic = newTopic();
        Changes changes = new Changes(9_000);
        try (KafkaChangePublisher publisher = publisher(topic, 2)) {
            publisher.publish(changes.interleaved(4, 8));
        }

        // when another publisher, configured for five, publishes to it
        try (KafkaChangePublisher publisher = publisher(topic, 5)) {
            publisher.publish(changes.interleaved(4, 8));
        }

        // then the topic keeps its two partitions and holds both batches
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, 16);
        assertThat(records).hasSize(16);
        assertThat(records.stream().map(ConsumerRecord::partition).collect(Collectors.toSet())).isSubsetOf(0, 1);
    }

    static Map<String, List<UUID>> idsByKey(List<LoggedChange> changes) {
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        for (LoggedChange change : changes) {
            ids.computeIfAbsent(change.event().subject().key(), key -> new ArrayList<>()).add(change.event().id());
        }
        return ids;
    }

    private static Map<String, List<UUID>> idsByKey(Iterable<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            ids.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(UUID.fromString(json(record.value()).get("id").asText()));
        }
        return ids;
    }

    private static KafkaChangePublisher publisher(String topic, int partitions) {
        return new KafkaChangePublisher(new KafkaSettings(List.of(broker.bootstrapServers()), topic, Optional.of(partitions),
                Optional.of((short) 1), Duration.ofSeconds(20)), EVENTS);
    }

    static String newTopic() {
        return "relations.test." + UUID.randomUUID();
    }

    static JsonNode json(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
