package io.relations.adapter.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how the change log is published to Kafka.
 *
 * @param bootstrapServers the brokers to reach first, {@code host:port} each, at least one
 * @param topic            the topic every change goes to: 1 to 249 of {@code a-z A-Z 0-9 . _ -}, not
 *                         {@code .} or {@code ..} (Kafka's own rule for topic names)
 * @param partitions       the partitions the topic is created with if absent; empty for the broker's
 *                         default
 * @param replication      the replication factor it is created with if absent; empty for the broker's
 *                         default
 * @param timeout          how long one publication may take: the producer's delivery timeout, and the
 *                         bound on waiting for the broker's metadata and for the topic's creation
 */
public record KafkaSettings(List<String> bootstrapServers, String topic, Optional<Integer> partitions,
                            Optional<Short> replication, Duration timeout) {

    /** The topic of the change log unless configured otherwise. */
    public static final String DEFAULT_TOPIC = "relations.changes";

    /** The timeout unless configured otherwise: room for a leader's election, short enough to retry soon. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The shortest timeout: the producer needs room for one request and its linger within it. */
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

    /** The longest timeout: a relay stuck longer than this on one batch is better restarted. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(30);

    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern SERVER = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[a-zA-Z0-9._-]+):([0-9]{1,5})");

    /**
     * Settings.
     *
     * @param bootstrapServers the brokers to reach first
     * @param topic            the topic
     * @param partitions       the partitions of a created topic, 1 or more, or empty
     * @param replication      the replication factor of a created topic, 1 or more, or empty
     * @param timeout          the bound of one publication, from {@link #MIN_TIMEOUT} to {@link #MAX_TIMEOUT}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if a server is not {@code host:port} with a port from 1 to 65535,
     *                                  there is none, the topic's name is not a Kafka topic's, or a
     *                                  number or the timeout is out of range
     */
    public KafkaSettings {
        bootstrapServers = List.copyOf(bootstrapServers);
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(timeout, "timeout");
        if (bootstrapServers.isEmpty()) {
            throw new IllegalArgumentException("at least one bootstrap server, host:port");
        }
        for (String server : bootstrapServers) {
            var matcher = SERVER.matcher(server);
            if (!matcher.matches() || Integer.parseInt(matcher.group(2)) < 1 || Integer.parseInt(matcher.group(2)) > 65_535) {
                throw new IllegalArgumentException("a bootstrap server is host:port with a port from 1 to 65535, such as kafka-1:9092");
            }
        }
        if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            throw new IllegalArgumentException("a topic's name is 1 to 249 of a-z A-Z 0-9 . _ - (and not . or ..)");
        }
        if (partitions.filter(count -> count < 1).isPresent() || replication.filter(factor -> factor < 1).isPresent()) {
            throw new IllegalArgumentException("a topic has at least one partition and a replication factor of at least 1");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the timeout is from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT);
        }
    }

    /**
     * Settings with the defaults: topic {@value #DEFAULT_TOPIC}, the broker's partitions and
     * replication, {@link #DEFAULT_TIMEOUT}.
     *
     * @param bootstrapServers the brokers to reach first
     * @return the settings
     * @throws IllegalArgumentException as the constructor
     */
    public static KafkaSettings of(List<String> bootstrapServers) {
        return new KafkaSettings(bootstrapServers, DEFAULT_TOPIC, Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT);
    }
}
