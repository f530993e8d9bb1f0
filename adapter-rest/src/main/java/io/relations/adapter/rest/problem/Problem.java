package io.relations.adapter.rest.problem;

import java.util.Objects;

/** An RFC 9457 problem document, plus the id of the request it answers. */
public record Problem(String type, String title, int status, String detail, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(requestId, "requestId");
    }

    public static Problem of(ProblemType type, String detail, String requestId) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, requestId);
    }
}
