package io.relations.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * One answer as a load sees it: status (0 when none came: a timeout or a broken connection),
 * headers (names in lower case), body, when the request was sent and how long the answer took.
 */
record Answer(int status, Map<String, String> headers, String body, long sentAtNanos, long tookNanos) {

    static final int NO_ANSWER = 0;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer none(long sentAtNanos, long tookNanos, Exception why) {
        return new Answer(NO_ANSWER, Map.of(), why.toString(), sentAtNanos, tookNanos);
    }

    /** The header's value, or null when absent. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type;
    }

    String retryAfter() {
        return header("Retry-After");
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isServerError() {
        return status >= 500;
    }

    boolean isProblem() {
        return contentType().startsWith("application/problem+json");
    }

    /** The problem name, the last segment of its type URI; empty when the answer is not a problem. */
    String problem() {
        if (!isProblem()) {
            return "";
        }
        String type = json().path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + body;
    }
}
