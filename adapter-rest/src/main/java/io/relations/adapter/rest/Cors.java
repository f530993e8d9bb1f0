package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Cross-origin requests from the browser origins the operator lists, matched exactly (scheme,
 * host and port); with none listed CORS is off and no answer carries a CORS header. A listed
 * origin's preflight is answered 204 with the methods and headers the API takes; an origin not
 * listed gets no CORS header, so its browser keeps the answer from its page. Nothing the client
 * sends is echoed but a listed origin. No credentials: the API takes bearer tokens, not cookies.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, PUT, POST, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-Id";
    static final String EXPOSED_HEADERS = "Allow, Retry-After, WWW-Authenticate, X-Request-Id";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    Cors(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Before every request. */
    void admit(Context ctx) {
        if (origins.isEmpty()) {
            return;
        }
        // The answer depends on the Origin whether it is listed or not: a shared cache must know.
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            // Thrown rather than answered here, so that the after-filters still time and log it.
            throw new Preflight();
        }
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /** The preflight of a listed origin, whatever its path: the route's own answer comes with the real request. */
    void answer(Preflight preflight, Context ctx) {
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
        ctx.status(204);
    }

    /** A preflight to answer: control flow, not a failure, so it carries no stack trace. */
    static final class Preflight extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Preflight() {
            super("CORS preflight", null, false, false);
        }
    }
}
