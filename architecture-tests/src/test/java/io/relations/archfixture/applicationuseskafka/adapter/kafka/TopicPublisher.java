package io.relations.archfixture.applicationuseskafka.adapter.kafka;

public final class TopicPublisher {

    public void publish(String change) {}
}
