package io.relations.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.kafka.KafkaSettings;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.PrivacyClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KafkaStreamSettingsTest {

    @Test
    void without_bootstrap_servers_there_is_no_kafka_stream() {
        assertThat(RelationsConfig.from(Map.of()).kafka()).isEmpty();
    }

    @Test
    void with_bootstrap_servers_the_stream_goes_to_the_default_topic_with_every_class_but_private() {
        KafkaStreamSettings kafka = RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092, kafka-2:9092")).kafka().orElseThrow();

        assertThat(kafka.publisher()).isEqualTo(new KafkaSettings(List.of("kafka-1:9092", "kafka-2:9092"), "relations.changes",
                Optional.empty(), Optional.empty(), Duration.ofSeconds(30)));
        assertThat(kafka.privacy()).isEqualTo(Set.of(PrivacyClass.PUBLIC, PrivacyClass.PARTIES));
        assertThat(kafka.consumer()).isEqualTo(new ConsumerName("kafka:relations.changes"));
    }

    @Test
    void every_kafka_setting_is_read() {
        KafkaStreamSettings kafka = RelationsConfig.from(Map.of(
                "RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "[::1]:9093",
                "RELATIONS_KAFKA_TOPIC", "Social.Changes",
                "RELATIONS_KAFKA_PRIVACY", "public, PRIVATE",
                "RELATIONS_KAFKA_PARTITIONS", "12",
                "RELATIONS_KAFKA_REPLICATION", "3",
                "RELATIONS_KAFKA_TIMEOUT_MS", "5000")).kafka().orElseThrow();

        assertThat(kafka.publisher()).isEqualTo(new KafkaSettings(List.of("[::1]:9093"), "Social.Changes",
                Optional.of(12), Optional.of((short) 3), Duration.ofSeconds(5)));
        assertThat(kafka.privacy()).isEqualTo(Set.of(PrivacyClass.PUBLIC, PrivacyClass.PRIVATE));
        assertThat(kafka.consumer()).isEqualTo(new ConsumerName("kafka:social.changes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "kafka:", ":9092", "kafka:0", "kafka:65536", "kafka:9092;other:9092", "http://kafka:9092", ","})
    void bootstrap_servers_that_are_not_host_and_port_stop_the_start_naming_the_setting(String servers) {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", servers)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("RELATIONS_KAFKA_BOOTSTRAP_SERVERS is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"changes/all", "..", "ä", "changes topic"})
    void a_topic_kafka_would_refuse_stops_the_start(String topic) {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "RELATIONS_KAFKA_TOPIC", topic)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("RELATIONS_KAFKA_TOPIC is invalid");
    }

    @Test
    void a_topic_too_long_to_name_its_position_stops_the_start() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "RELATIONS_KAFKA_TOPIC", "t".repeat(KafkaStreamSettings.MAX_TOPIC_LENGTH + 1))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("RELATIONS_KAFKA_TOPIC is invalid")
                .hasMessageContaining("at most 94 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret", "public,secret", " , ", "publicparties"})
    void privacy_classes_that_do_not_exist_stop_the_start(String privacy) {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "RELATIONS_KAFKA_PRIVACY", privacy)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("RELATIONS_KAFKA_PRIVACY is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RELATIONS_KAFKA_TIMEOUT_MS=999", "RELATIONS_KAFKA_TIMEOUT_MS=1800001", "RELATIONS_KAFKA_PARTITIONS=0",
        "RELATIONS_KAFKA_REPLICATION=0", "RELATIONS_KAFKA_REPLICATION=three"})
    void numbers_out_of_range_stop_the_start_naming_the_setting(String setting) {
        String[] nameAndValue = setting.split("=");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", nameAndValue[0], nameAndValue[1])))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(nameAndValue[0] + " is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RELATIONS_KAFKA_TOPIC", "RELATIONS_KAFKA_PRIVACY", "RELATIONS_KAFKA_PARTITIONS", "RELATIONS_KAFKA_REPLICATION",
        "RELATIONS_KAFKA_TIMEOUT_MS"})
    void a_kafka_setting_without_bootstrap_servers_stops_the_start_rather_than_be_ignored(String name) {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(name, "1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(name + " applies to the Kafka stream, and RELATIONS_KAFKA_BOOTSTRAP_SERVERS is not set");
    }
}
