package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.relations.application.change.ChangeField;
import io.relations.application.change.ChangeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The documents of the change events list exactly the change types the code has: the OpenAPI
 * document (one event schema and one data schema per type), the AsyncAPI document of the Kafka
 * topic (the same schemas, one message per type) and docs/CHANGES.md (one row per type). Adding a
 * type without documenting it fails here. The Kafka records' headers, key and payload are held to
 * the AsyncAPI document by AsyncApiDocumentedTest in adapter-kafka, beside the publisher.
 */
class ChangeTypesDocumentedTest {

    private static final Path ASYNCAPI = Path.of(System.getProperty("relations.asyncapi", "../docs/asyncapi.yaml"));
    private static final Path CHANGES = Path.of(System.getProperty("relations.changes", "../docs/CHANGES.md"));
    /** A row of the types table: | `code` | version | `CloudEvents type` | `subject:…` | privacy | fields | meaning |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_.]+)` \\| ([0-9]+) \\| `([a-z_.0-9]+)` \\| `[a-z]+:…` \\| ([a-z]+) \\| ([^|]*) \\|");
    private static final Pattern FIELD = Pattern.compile("`([a-z_]+)`(\\?)?(?: \\(([a-z]+)\\))?");

    private final JsonNode openApi = DocsHandlers.openApiTree();

    @Test
    void the_openapi_document_has_one_event_schema_per_change_type_with_its_type_privacy_and_fields() {
        JsonNode schemas = openApi.path("components").path("schemas");
        List<String> listed = new ArrayList<>();
        schemas.path("ChangeEvent").path("oneOf").forEach(variant -> listed.add(variant.path("$ref").asText()));

        assertThat(listed).containsExactlyElementsOf(Arrays.stream(ChangeType.values())
                .map(type -> "#/components/schemas/" + schemaName(type) + "Event").toList());
        for (ChangeType type : ChangeType.values()) {
            JsonNode event = schemas.path(schemaName(type) + "Event");
            assertThat(event.path("properties").path("type").path("enum").get(0).asText()).as(type.code()).isEqualTo(type.cloudEventType());
            assertThat(event.path("x-privacy").asText()).as(type.code()).isEqualTo(type.privacy().code());
            assertThat(event.path("properties").path("data").path("$ref").asText()).isEqualTo("#/components/schemas/" + schemaName(type) + "Data");
            assertDataSchemaDescribes(schemas.path(schemaName(type) + "Data"), type);
        }
    }

    @Test
    void the_asyncapi_document_has_a_message_per_change_type_and_the_same_schemas_as_the_openapi_document() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI.toFile());
        JsonNode openApiSchemas = openApi.path("components").path("schemas");
        JsonNode asyncApiSchemas = asyncApi.path("components").path("schemas");

        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> messages = new ArrayList<>();
        asyncApi.path("components").path("messages").forEach(message -> messages.add(message.path("name").asText()));
        assertThat(messages).containsExactlyElementsOf(Arrays.stream(ChangeType.values()).map(ChangeType::cloudEventType).toList());
        assertThat(asyncApi.path("channels").path("changes").path("messages").size()).isEqualTo(ChangeType.values().length);
        assertThat(asyncApi.path("operations").path("publishChange").path("messages").size()).isEqualTo(ChangeType.values().length);
        for (ChangeType type : ChangeType.values()) {
            for (String schema : List.of(schemaName(type) + "Event", schemaName(type) + "Data")) {
                assertThat(asyncApiSchemas.path(schema)).as(schema).isEqualTo(openApiSchemas.path(schema));
            }
        }
        for (String shared : List.of("ChangePosition", "PairSubject", "UserSubject", "SettingSubject")) {
            assertThat(asyncApiSchemas.path(shared)).as(shared).isEqualTo(openApiSchemas.path(shared));
        }
    }

    @Test
    void the_changes_document_lists_every_change_type_with_its_version_cloud_events_type_privacy_and_fields() throws IOException {
        Map<String, Matcher> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CHANGES)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(1), row);
            }
        }

        assertThat(rows.keySet()).containsExactlyElementsOf(Arrays.stream(ChangeType.values()).map(ChangeType::code).toList());
        for (ChangeType type : ChangeType.values()) {
            Matcher row = rows.get(type.code());
            assertThat(Integer.parseInt(row.group(2))).as(type.code()).isEqualTo(type.version());
            assertThat(row.group(3)).as(type.code()).isEqualTo(type.cloudEventType());
            assertThat(row.group(4)).as(type.code()).isEqualTo(type.privacy().code());
            assertThat(documentedFields(row.group(5))).as(type.code()).isEqualTo(fieldsOf(type));
        }
    }

    private static void assertDataSchemaDescribes(JsonNode data, ChangeType type) {
        List<String> properties = new ArrayList<>();
        data.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        data.path("required").forEach(name -> required.add(name.asText()));

        assertThat(data.path("additionalProperties").asBoolean(true)).as(type.code()).isFalse();
        assertThat(properties).as(type.code()).containsExactlyElementsOf(type.fields().stream().map(ChangeField::name).toList());
        assertThat(required).as(type.code()).containsExactlyElementsOf(
                type.fields().stream().filter(field -> !field.optional()).map(ChangeField::name).toList());
        for (ChangeField field : type.fields()) {
            JsonNode privacy = data.path("properties").path(field.name()).path("x-privacy");
            assertThat(privacy.isMissingNode() ? null : privacy.asText()).as(type.code() + " " + field.name()).isEqualTo(ownClass(field, type));
        }
    }

    /** Each field as the documents write it: its name, {@code ?} when optional, its class when it has its own. */
    private static List<String> fieldsOf(ChangeType type) {
        return type.fields().stream()
                .map(field -> field.name() + (field.optional() ? "?" : "") + (ownClass(field, type) == null ? "" : " " + ownClass(field, type)))
                .toList();
    }

    private static List<String> documentedFields(String cell) {
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(cell);
        while (field.find()) {
            fields.add(field.group(1) + (field.group(2) == null ? "" : "?") + (field.group(3) == null ? "" : " " + field.group(3)));
        }
        return fields;
    }

    /** A field's class where it is stricter than its type's (the only case it counts), else null. */
    private static String ownClass(ChangeField field, ChangeType type) {
        return field.privacy().compareTo(type.privacy()) > 0 ? field.privacy().code() : null;
    }

    /** {@code follow.created} is {@code FollowCreated}: the schemas' names in both documents. */
    static String schemaName(ChangeType type) {
        return Arrays.stream(type.code().split("[._]"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }
}
