package io.relations.archfixture.clean.adapter.kafka;

import io.relations.archfixture.clean.cloudevents.FollowCloudEvents;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The Kafka adapter: the client and the shared CloudEvents mapping, nothing of the other adapters. */
public final class TopicPublisher {

    private final Producer<String, byte[]> producer;
    private final FollowCloudEvents events = new FollowCloudEvents();

    public TopicPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    public void publish(UserFollowed event) throws Exception {
        producer.send(new ProducerRecord<>("relations.changes", event.follower().toString(), events.toJson(event)));
    }
}
