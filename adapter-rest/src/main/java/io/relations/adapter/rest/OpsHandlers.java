package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.relations.adapter.rest.json.HealthView;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Liveness, readiness and the Prometheus scrape; no authentication, no database unless readiness asks one. */
final class OpsHandlers {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(OpsHandlers.class);

    private final Operations operations;

    OpsHandlers(Operations operations) {
        this.operations = operations;
    }

    void live(Context ctx) {
        ctx.json(new HealthView("up"));
    }

    void ready(Context ctx) {
        if (!isReady()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The service is not ready.", Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        ctx.json(new HealthView("ready"));
    }

    private boolean isReady() {
        try {
            return operations.ready().getAsBoolean();
        } catch (RuntimeException failedCheck) {
            LOG.warn("The readiness check failed", failedCheck);
            return false;
        }
    }

    void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(operations.prometheusText().get());
    }
}
