package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.http.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code relations.access} logger, with its fields as key-value pairs
 * (structured in the JSON log format): method, route template, path, status, duration, request id
 * and the authenticated caller. Never the query string, headers or body: they may carry tokens.
 * The method is named as the metrics name it (a known one or {@code OTHER}); the path is the
 * client's text, so it passes through {@link LogText} first.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("relations.access");

    void record(Context ctx) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Long started = ctx.attribute(HttpMetrics.STARTED);
        Caller caller = ctx.attribute(Exchange.CALLER);
        String requestId = Exchange.requestId(ctx);
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String method = Exchange.method(ctx);
        String path = LogText.of(ctx.path());
        LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", matched != null ? matched.path : "-")
                .addKeyValue("path", path)
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("duration_ms", started == null ? -1 : (System.nanoTime() - started) / 1_000_000)
                .addKeyValue("request_id", requestId)
                .addKeyValue("caller", caller == null ? "-" : caller.user().toString())
                .log("{} {} {}", method, path, ctx.statusCode());
    }
}
