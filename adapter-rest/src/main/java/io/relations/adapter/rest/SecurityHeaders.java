package io.relations.adapter.rest;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * The headers that keep a browser from reading an answer as something else: every answer carries
 * {@code nosniff} and a policy that lets it load nothing and be framed nowhere (the page of
 * {@code /docs} replaces it with its own, {@link DocsHandlers#CONTENT_SECURITY_POLICY}); answers
 * about a caller (the API, the metrics) are never stored by a cache.
 */
final class SecurityHeaders {

    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";

    private SecurityHeaders() {
    }

    /** Before every request: set first, so that whatever answers (a handler, a problem) keeps them. */
    static void everyAnswer(Context ctx) {
        applyTo(ctx::header);
    }

    /** Before the API and the metrics, and on every problem Jetty answers itself. */
    static void noStore(Context ctx) {
        ctx.header(CACHE_CONTROL, NO_STORE);
    }

    /** For the answers written outside Javalin's filters (Jetty's own, a fatal error's). */
    static void applyTo(BiConsumer<String, String> header) {
        header.accept(CONTENT_TYPE_OPTIONS, NOSNIFF);
        header.accept(CONTENT_SECURITY_POLICY, NOTHING_ALLOWED);
    }
}
