package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request as {@code http.server.requests}. Every tag comes from a closed set, so no
 * request can add a series: the method is a known one or {@code OTHER} (never the text sent), the
 * route is the matched template (never the raw path, so ids do not multiply the series) or one of
 * two fixed words, and the status and outcome are chosen by the server.
 */
final class HttpMetrics {

    static final String STARTED = "relations.startedNanos";

    private final MeterRegistry meters;

    HttpMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        int status = ctx.statusCode();
        Timer.builder(RestApi.REQUEST_TIMER)
                .description("HTTP requests by method, route and status")
                .tag("method", Exchange.method(ctx))
                .tag("uri", route(ctx, status))
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .register(meters)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx, int status) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null) {
            return matched.path;
        }
        return status == 404 ? "NOT_FOUND" : "UNMATCHED";
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return status >= 300 ? "REDIRECTION" : "SUCCESS";
    }
}
