package io.relations.archfixture.kafkaoutsideitsadapter.bootstrap;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;

/** Violation: bootstrap builds the Kafka producer itself instead of handing the adapter its settings. */
public final class ProducerWiring {

    private ProducerWiring() {}

    public static KafkaProducer<String, String> producer(Properties config) {
        return new KafkaProducer<>(config);
    }
}
