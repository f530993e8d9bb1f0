package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.relations.adapter.rest.json.HealthView;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness, readiness and the Prometheus scrape; no database unless readiness asks one, and no
 * authentication but the metrics' own bearer token when one is configured.
 */
final class OpsHandlers {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(OpsHandlers.class);

    static final String METRICS_CHALLENGE = "Bearer realm=\"relations-metrics\"";

    private final Operations operations;
    private final BearerSecret metricsToken;

    OpsHandlers(Operations operations, BearerSecret metricsToken) {
        this.operations = operations;
        this.metricsToken = metricsToken;
    }

    /** A failing check counts as live: only a definite "cannot recover" should make an orchestrator restart us. */
    void live(Context ctx) {
        if (!isLive()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The service cannot recover by itself and needs a restart.",
                    Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        ctx.json(new HealthView("up"));
    }

    private boolean isLive() {
        try {
            return operations.live().getAsBoolean();
        } catch (RuntimeException failedCheck) {
            LOG.warn("The liveness check failed", failedCheck);
            return true;
        }
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
        if (!metricsToken.admits(ctx.header("Authorization"))) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The metrics need their bearer token.",
                    Map.of("WWW-Authenticate", METRICS_CHALLENGE));
        }
        ctx.contentType(PROMETHEUS_TEXT).result(operations.prometheusText().get());
    }
}
