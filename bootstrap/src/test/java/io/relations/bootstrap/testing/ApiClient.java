package io.relations.bootstrap.testing;

import io.relations.adapter.rest.CheckedHttpClient;
import io.relations.adapter.rest.HttpReply;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests to the {@link ServiceUnderTest} with fixed headers (the caller's token, usually).
 * Every answer is checked against the OpenAPI document, unless {@link #unchecked()}, and
 * counted for the route coverage. Immutable: the {@code with…} methods answer a new client.
 */
public final class ApiClient {

    private final CheckedHttpClient http;
    private final RouteCoverage coverage;
    private final Map<String, String> headers;
    private final boolean checked;

    ApiClient(CheckedHttpClient http, RouteCoverage coverage) {
        this(http, coverage, Map.of(), true);
    }

    private ApiClient(CheckedHttpClient http, RouteCoverage coverage, Map<String, String> headers, boolean checked) {
        this.http = http;
        this.coverage = coverage;
        this.headers = Map.copyOf(headers);
        this.checked = checked;
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(http, coverage, more, checked);
    }

    /** Skips the OpenAPI check: only for requests malformed on purpose, whose answers the document cannot describe. */
    public ApiClient unchecked() {
        return new ApiClient(http, coverage, headers, false);
    }

    public HttpReply get(String path) {
        return send("GET", path, null);
    }

    public HttpReply put(String path) {
        return send("PUT", path, null);
    }

    public HttpReply put(String path, String json) {
        return send("PUT", path, json);
    }

    public HttpReply post(String path) {
        return send("POST", path, null);
    }

    public HttpReply delete(String path) {
        return send("DELETE", path, null);
    }

    /** @param body JSON sent with {@code Content-Type: application/json}, or null for none */
    public HttpReply send(String method, String path, String body) {
        HttpReply reply = checked ? http.send(method, path, headers, body) : http.sendUnchecked(method, path, headers, body);
        coverage.record(method, path, reply.status());
        return reply;
    }
}
