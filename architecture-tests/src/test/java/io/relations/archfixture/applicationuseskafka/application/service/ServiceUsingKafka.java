package io.relations.archfixture.applicationuseskafka.application.service;

import io.relations.archfixture.applicationuseskafka.adapter.kafka.TopicPublisher;

/** Violation: a use case publishes through the Kafka adapter instead of its ChangePublisher port. */
public final class ServiceUsingKafka {

    private final TopicPublisher publisher = new TopicPublisher();

    public void follow() {
        publisher.publish("follow.created");
    }
}
