package io.relations.adapter.rest.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Ends a request with a problem. The detail is shown to the client as it is, so it must never
 * carry anything but what the client sent or may know.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    public static ProblemException invalidRequest(String detail) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /** Headers the answer needs besides the problem, such as {@code WWW-Authenticate} or {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
