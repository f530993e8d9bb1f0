package io.relations.adapter.rest.json;

/** The answer of the health probes. */
public record HealthView(String status) {
}
