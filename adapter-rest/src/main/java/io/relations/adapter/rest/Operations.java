package io.relations.adapter.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the service around the API supplies for running it: readiness, the Prometheus text for
 * {@code /metrics}, the registry that times every request ({@code http.server.requests} by
 * method, route and status), which exceptions mean "the database is unavailable" (answered 503,
 * tested on the exception and each of its causes), and an optional throttle.
 */
public record Operations(
        BooleanSupplier ready,
        Supplier<String> prometheusText,
        MeterRegistry meters,
        Predicate<Throwable> isUnavailable,
        RequestThrottle throttle) {

    public Operations {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(prometheusText, "prometheusText");
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(isUnavailable, "isUnavailable");
        Objects.requireNonNull(throttle, "throttle");
    }

    /** Always ready, no metrics text, no exception means unavailable, no throttle: for tests and embedding. */
    public static Operations defaults() {
        return new Operations(() -> true, () -> "", new SimpleMeterRegistry(), error -> false, RequestThrottle.NONE);
    }

    public Operations withReady(BooleanSupplier newReady) {
        return new Operations(newReady, prometheusText, meters, isUnavailable, throttle);
    }

    public Operations withMetrics(MeterRegistry newMeters, Supplier<String> newPrometheusText) {
        return new Operations(ready, newPrometheusText, newMeters, isUnavailable, throttle);
    }

    public Operations withUnavailableWhen(Predicate<Throwable> newIsUnavailable) {
        return new Operations(ready, prometheusText, meters, newIsUnavailable, throttle);
    }

    public Operations withThrottle(RequestThrottle newThrottle) {
        return new Operations(ready, prometheusText, meters, isUnavailable, newThrottle);
    }
}
