package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One answer of the API as a test sees it: status, headers and body, with helpers for JSON and problems. */
public record HttpReply(int status, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The header's values joined by commas, or null when absent; names are case-insensitive. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> String.join(",", entry.getValue()))
                .findFirst().orElse(null);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The problem name, the last segment of its type URI. */
    public String problem() {
        assertThat(header("Content-Type")).as("the content type of %s", this).startsWith("application/problem+json");
        String type = json().path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return status + " " + headers.entrySet().stream().map(Object::toString).collect(Collectors.joining(", ")) + " " + body;
    }
}
