package io.relations.adapter.kafka.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from its beginning, as a consumer with no group would: every partition, every record. */
public final class TopicReader {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicReader() {
    }

    /**
     * A consumer of the topic, connected and assigned every partition already, so that asking it
     * how many records the topic holds costs one request and waits for nothing else.
     */
    public static KafkaConsumer<String, byte[]> assignedTo(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.assign(consumer.partitionsFor(topic, PATIENCE).stream().map(info -> new TopicPartition(topic, info.partition())).toList());
        countNow(consumer);
        return consumer;
    }

    /** How many records the topic of an {@link #assignedTo} consumer holds now: the sum of its partitions' end offsets. */
    public static long countNow(KafkaConsumer<String, byte[]> consumer) {
        return consumer.endOffsets(consumer.assignment(), PATIENCE).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Every record of the topic, once at least {@code expected} have come or the patience is spent;
     * then one more short poll, so that records beyond the expected count are seen too.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only what committed: a consumer of the topic reads so, and nothing here writes in transactions anyway.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }
}
