package io.relations.bootstrap.config;

import io.relations.adapter.kafka.KafkaSettings;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.PrivacyClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Kafka stream of the change log, when {@code RELATIONS_KAFKA_BOOTSTRAP_SERVERS} is set: where
 * it goes, and which privacy classes it carries.
 *
 * @param publisher the broker, the topic and its creation, the timeout
 * @param privacy   the classes the topic receives, at least one
 */
public record KafkaStreamSettings(KafkaSettings publisher, Set<PrivacyClass> privacy) {

    static final String BOOTSTRAP_SERVERS = "RELATIONS_KAFKA_BOOTSTRAP_SERVERS";
    static final String TOPIC = "RELATIONS_KAFKA_TOPIC";
    static final String PRIVACY = "RELATIONS_KAFKA_PRIVACY";
    static final String PARTITIONS = "RELATIONS_KAFKA_PARTITIONS";
    static final String REPLICATION = "RELATIONS_KAFKA_REPLICATION";
    static final String TIMEOUT = "RELATIONS_KAFKA_TIMEOUT_MS";

    /** Every setting of the stream (the known settings list them too). */
    private static final List<String> NAMES = List.of(BOOTSTRAP_SERVERS, TOPIC, PRIVACY, PARTITIONS, REPLICATION, TIMEOUT);

    /** The prefix of the consumer the stream's position is kept under: one position per topic. */
    private static final String CONSUMER_PREFIX = "kafka:";

    /** A consumer's name is at most 100 characters: the topic's name may take what the prefix leaves. */
    static final int MAX_TOPIC_LENGTH = 100 - CONSUMER_PREFIX.length();

    public KafkaStreamSettings {
        Objects.requireNonNull(publisher, "publisher");
        if (privacy.isEmpty()) {
            throw new IllegalArgumentException("the stream carries at least one privacy class");
        }
        privacy = Set.copyOf(EnumSet.copyOf(privacy));
    }

    /**
     * The consumer the stream's position is kept under, {@code kafka:<topic>}: a new topic starts
     * from the beginning of the log and receives all of it.
     */
    public ConsumerName consumer() {
        return new ConsumerName(CONSUMER_PREFIX + publisher.topic().toLowerCase(Locale.ROOT));
    }

    /** Empty without a bootstrap server; then no other Kafka setting may be set either. */
    static Optional<KafkaStreamSettings> from(Environment env) {
        Optional<String> servers = env.text(BOOTSTRAP_SERVERS);
        if (servers.isEmpty()) {
            NAMES.stream().filter(name -> env.text(name).isPresent()).findFirst().ifPresent(name -> {
                throw new ConfigurationException(name + " applies to the Kafka stream, and " + BOOTSTRAP_SERVERS + " is not set");
            });
            return Optional.empty();
        }
        String topic = env.text(TOPIC, KafkaSettings.DEFAULT_TOPIC);
        if (topic.length() > MAX_TOPIC_LENGTH) {
            throw Environment.invalid(TOPIC, topic, "a topic's name of at most " + MAX_TOPIC_LENGTH + " characters");
        }
        Optional<Integer> partitions = env.text(PARTITIONS).map(text -> env.integer(PARTITIONS, 1, 1, 10_000));
        Optional<Short> replication = env.text(REPLICATION).map(text -> (short) env.integer(REPLICATION, 1, 1, Short.MAX_VALUE));
        Duration timeout = Duration.ofMillis(env.integer(TIMEOUT, (int) KafkaSettings.DEFAULT_TIMEOUT.toMillis(),
                (int) KafkaSettings.MIN_TIMEOUT.toMillis(), (int) KafkaSettings.MAX_TIMEOUT.toMillis()));
        List<String> serverList = servers.get().isBlank() ? List.of()
                : List.of(servers.get().split(",")).stream().map(String::strip).filter(server -> !server.isEmpty()).toList();
        KafkaSettings publisher;
        try {
            publisher = new KafkaSettings(serverList, topic, partitions, replication, timeout);
        } catch (IllegalArgumentException invalid) {
            String name = invalid.getMessage().contains("topic's name") ? TOPIC : BOOTSTRAP_SERVERS;
            throw Environment.invalid(name, name.equals(TOPIC) ? topic : servers.get(), invalid.getMessage());
        }
        return Optional.of(new KafkaStreamSettings(publisher, privacy(env)));
    }

    /** Comma-separated class names; by default every class but {@code private}. */
    private static Set<PrivacyClass> privacy(Environment env) {
        Optional<String> text = env.text(PRIVACY);
        if (text.isEmpty()) {
            return PrivacyClass.defaults();
        }
        List<PrivacyClass> classes = new ArrayList<>();
        for (String code : text.get().split(",")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                classes.add(PrivacyClass.fromCode(code.strip().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw Environment.invalid(PRIVACY, text.get(), "comma-separated privacy classes: public, parties, private");
            }
        }
        if (classes.isEmpty()) {
            throw Environment.invalid(PRIVACY, text.get(), "at least one privacy class: public, parties, private");
        }
        return EnumSet.copyOf(classes);
    }
}
