/** Publishes the change log to a Kafka topic: the application's {@code ChangePublisher} on a Kafka producer. */
package io.relations.adapter.kafka;
