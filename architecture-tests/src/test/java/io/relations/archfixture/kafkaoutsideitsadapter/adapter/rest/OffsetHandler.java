package io.relations.archfixture.kafkaoutsideitsadapter.adapter.rest;

import org.apache.kafka.common.TopicPartition;

/** Violation: the REST adapter speaks Kafka. */
public final class OffsetHandler {

    public String describe(TopicPartition partition) {
        return partition.topic() + "-" + partition.partition();
    }
}
