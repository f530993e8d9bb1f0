package io.relations.adapter.kafka;

import io.relations.application.change.LoggedChange;
import io.relations.application.port.out.ChangePublisher;
import io.relations.application.port.out.PublishFailedException;
import io.relations.cloudevents.ChangeCloudEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes changes to one Kafka topic, each as one structured CloudEvent
 * ({@link ChangeCloudEvents}): the record's key is the change's subject key (a pair's, a user's, a
 * setting's), so one subject's changes share a partition and keep the log's order in it; headers
 * {@value #CONTENT_TYPE_HEADER} ({@value ChangeCloudEvents#CONTENT_TYPE}) and
 * {@value ChangeCloudEvents#POSITION} (the change's position, 32 hexadecimal digits). The producer
 * is idempotent with {@code acks=all}: a batch is accepted only once every in-sync replica has it,
 * and the producer's own retries never duplicate or reorder a record.
 *
 * <p>The topic is created, if absent, before the first publication (and again after a failed
 * one), not at construction: the service starts and serves while the broker is down, and the
 * relay catches up when it comes back. After a failed batch the producer is replaced, so nothing
 * of that batch is still under way when the relay sends it again. Safe to share between threads;
 * publications run one at a time.
 */
public final class KafkaChangePublisher implements ChangePublisher, AutoCloseable {

    /** The header naming the value's media type, as the CloudEvents Kafka binding's structured mode has it. */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    /** The producer's linger: a batch is sent at once by the flush anyway. */
    private static final int LINGER_MILLIS = 5;

    /** How often a new topic's partitions are asked for their leaders. */
    private static final int LEADER_POLL_MILLIS = 50;

    private final KafkaSettings settings;
    private final ChangeCloudEvents events;
    private Producer<String, byte[]> producer;
    private boolean topicReady;
    private boolean closed;

    /**
     * A publisher; it connects on its first publication.
     *
     * @param settings where to publish
     * @param events   the CloudEvents mapping
     * @throws NullPointerException if either is null
     */
    public KafkaChangePublisher(KafkaSettings settings, ChangeCloudEvents events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Sends every change, flushes, and waits until the topic has durably accepted each of them,
     * within the settings' timeout for creating the topic, then for sending, each at most.
     *
     * @param changes the changes, in log order
     * @throws PublishFailedException if the topic could not be created, a change was refused or
     *                                not confirmed in time; its message names no change's data
     * @throws IllegalStateException  after {@link #close()}
     */
    @Override
    public synchronized void publish(List<LoggedChange> changes) {
        if (closed) {
            throw new IllegalStateException("the Kafka publisher is closed");
        }
        if (changes.isEmpty()) {
            return;
        }
        ensureTopic();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            Producer<String, byte[]> sending = producer();
            List<Future<RecordMetadata>> sent = new ArrayList<>(changes.size());
            for (LoggedChange change : changes) {
                Future<RecordMetadata> future = sending.send(record(change));
                sent.add(future);
                if (future.isDone()) {
                    // A send that could not even start (no metadata within the timeout) fails at once: the rest would wait as long each.
                    future.get();
                }
            }
            sending.flush();
            for (Future<RecordMetadata> future : sent) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException refused) {
            throw failed("Kafka did not accept a change of the batch", refused.getCause());
        } catch (TimeoutException late) {
            throw failed("Kafka did not confirm the batch within " + settings.timeout(), late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for Kafka", interrupted);
        } catch (RuntimeException broken) {
            throw failed("the Kafka producer failed", broken);
        }
    }

    /** Closes the producer, waiting up to the timeout for what is under way. */
    @Override
    public synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close(settings.timeout());
            producer = null;
        }
    }

    /** The record of one change; package-private so that a test holds docs/asyncapi.yaml to what it carries. */
    ProducerRecord<String, byte[]> record(LoggedChange change) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(settings.topic(), change.event().subject().key(), events.toJson(change));
        record.headers().add(CONTENT_TYPE_HEADER, ChangeCloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(ChangeCloudEvents.POSITION, change.position().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Creates the topic unless it exists; once it did, never asks again. */
    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", settings.bootstrapServers()));
        int millis = timeoutMillis();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        try (Admin admin = Admin.create(config)) {
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            NewTopic topic = new NewTopic(settings.topic(), settings.partitions(), settings.replication());
            try {
                admin.createTopics(List.of(topic)).all().get(millis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException refused) {
                if (!(refused.getCause() instanceof TopicExistsException)) {
                    throw new PublishFailedException("could not create the Kafka topic " + settings.topic(), refused.getCause());
                }
            }
            awaitLeaders(admin, deadline);
            topicReady = true;
        } catch (ExecutionException refused) {
            throw new PublishFailedException("could not describe the Kafka topic " + settings.topic(), refused.getCause());
        } catch (TimeoutException late) {
            throw new PublishFailedException("the Kafka topic " + settings.topic() + " was not ready within " + settings.timeout(), late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while creating the Kafka topic", interrupted);
        } catch (PublishFailedException failed) {
            throw failed;
        } catch (RuntimeException broken) {
            throw new PublishFailedException("could not create the Kafka topic " + settings.topic(), broken);
        }
    }

    /**
     * A topic just created answers "not the leader" until the broker has taken up its partitions,
     * and an idempotent producer's retry of such a first batch can fail its partition's sequence:
     * the first batch waits until the broker names a leader for every partition.
     */
    private void awaitLeaders(Admin admin, long deadline) throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            TopicDescription description = admin.describeTopics(List.of(settings.topic())).allTopicNames()
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).get(settings.topic());
            if (description.partitions().stream().allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("no leader for every partition");
            }
            Thread.sleep(LEADER_POLL_MILLIS);
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            int millis = timeoutMillis();
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", settings.bootstrapServers()));
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            // At most five in flight: the most an idempotent producer keeps in order through its retries.
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
            // The delivery timeout must cover the linger and one request: half of it for each request.
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, millis / 2 - LINGER_MILLIS));
            config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MILLIS);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "relations-changes");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** The batch counts as not sent: the producer goes (with what it still holds) and the topic is checked again. */
    private PublishFailedException failed(String message, Throwable cause) {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        topicReady = false;
        return new PublishFailedException(message, cause);
    }

    private int timeoutMillis() {
        return (int) settings.timeout().toMillis();
    }
}
