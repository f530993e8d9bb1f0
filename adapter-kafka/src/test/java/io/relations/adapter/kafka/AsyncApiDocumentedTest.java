package io.relations.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.relations.adapter.kafka.testing.Changes;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.cloudevents.ChangeCloudEvents;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml describes the records {@link KafkaChangePublisher} makes, judged on records the
 * publisher itself builds: each message's headers are exactly the ones it sets, its key is the
 * change's subject in the form the message names, and its payload the structured CloudEvent.
 * (ChangeTypesDocumentedTest in adapter-rest holds the document's event schemas to the OpenAPI
 * document's.)
 */
class AsyncApiDocumentedTest {

    private static final Path ASYNCAPI = Path.of(System.getProperty("relations.asyncapi", "../docs/asyncapi.yaml"));
    private static final ChangeCloudEvents EVENTS = new ChangeCloudEvents(URI.create("urn:relations:test"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document = read();

    @Test
    void every_message_documents_as_its_headers_exactly_the_headers_the_publisher_sets_on_each_record() {
        // given records the publisher makes, of each kind of subject
        List<ProducerRecord<String, byte[]>> records = records();

        // when the headers they carry are compared with what every message of the document names
        for (Map.Entry<String, JsonNode> message : messages().entrySet()) {
            JsonNode headers = resolve(message.getValue().path("headers"));

            // then the document names those and no others, each required, each value of its documented form
            assertThat(headers.path("additionalProperties").asBoolean(true)).as(message.getKey()).isFalse();
            for (ProducerRecord<String, byte[]> record : records) {
                List<String> set = new ArrayList<>();
                record.headers().forEach(header -> set.add(header.key()));
                assertThat(names(headers.path("properties"))).as(message.getKey()).containsExactlyInAnyOrderElementsOf(set);
                assertThat(texts(headers.path("required"))).as(message.getKey()).containsExactlyInAnyOrderElementsOf(set);
                for (Header header : record.headers()) {
                    JsonNode schema = resolve(headers.path("properties").path(header.key()));
                    assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(message.getKey() + " " + header.key())
                            .satisfies(value -> assertDocumented(schema, value));
                }
            }
        }
    }

    @Test
    void each_record_has_the_key_and_the_payload_of_its_message_a_structured_cloud_event_of_its_type() throws IOException {
        // given records the publisher makes, of each kind of subject
        for (ProducerRecord<String, byte[]> record : records()) {
            JsonNode event = JSON.readTree(record.value());
            String type = event.path("type").asText();

            // when the message of the event's type is looked up
            JsonNode message = messages().values().stream().filter(candidate -> candidate.path("name").asText().equals(type))
                    .findFirst().orElseThrow(() -> new AssertionError("no message named " + type));

            // then the record's key has the message's key form, and its value the message's payload schema
            assertThat(message.path("contentType").asText()).as(type).isEqualTo(ChangeCloudEvents.CONTENT_TYPE);
            assertThat(record.key()).as(type).matches(resolve(message.path("bindings").path("kafka").path("key")).path("pattern").asText());
            JsonNode payload = resolve(message.path("payload"));
            assertThat(names(event)).as(type).containsAll(texts(payload.path("required")));
            assertThat(names(payload.path("properties"))).as(type).containsAll(names(event));
            assertThat(payload.path("properties").path("type").path("enum").get(0).asText()).as(type).isEqualTo(type);
        }
        assertThat(document.path("defaultContentType").asText()).isEqualTo(ChangeCloudEvents.CONTENT_TYPE);
    }

    /** One record of each kind of subject the log has: a pair's (with and without a private field), a user's, a setting's. */
    private static List<ProducerRecord<String, byte[]>> records() {
        Changes changes = new Changes(100);
        List<LoggedChange> logged = List.of(
                changes.follow(0, ChangeType.FOLLOW_CREATED),
                changes.block(1, "spam"),
                new LoggedChange(new ChangePosition(200, 1),
                        ChangeEvents.userRegistered(UUID.randomUUID(), Changes.user(7), Changes.user(7), Instant.parse("2026-12-01T18:00:00Z"))),
                changes.setting(true));
        // The publisher connects on its first publication only: building records reaches no broker.
        KafkaChangePublisher publisher = new KafkaChangePublisher(KafkaSettings.of(List.of("127.0.0.1:9")), EVENTS);
        return logged.stream().map(publisher::record).toList();
    }

    private static void assertDocumented(JsonNode schema, String value) {
        if (schema.has("enum")) {
            assertThat(texts(schema.path("enum"))).contains(value);
        }
        if (schema.has("pattern")) {
            assertThat(value).matches(schema.path("pattern").asText());
        }
        assertThat(schema.has("enum") || schema.has("pattern")).as("the header's schema says what its value is").isTrue();
    }

    private Map<String, JsonNode> messages() {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        document.path("components").path("messages").fields().forEachRemaining(entry -> messages.put(entry.getKey(), entry.getValue()));
        assertThat(messages).isNotEmpty();
        return messages;
    }

    /** The node a {@code $ref} within the document points to, or the node itself. */
    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.path("$ref").asText();
        assertThat(ref).startsWith("#/");
        JsonNode target = document.at(ref.substring(1));
        assertThat(target.isMissingNode()).as(ref).isFalse();
        return resolve(target);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI.toFile());
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read " + ASYNCAPI.toAbsolutePath(), unreadable);
        }
    }
}
