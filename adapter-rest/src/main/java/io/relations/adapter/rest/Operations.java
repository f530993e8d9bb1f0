package io.relations.adapter.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.relations.adapter.rest.http.TrustedProxies;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the service around the API supplies for running it: liveness (false only when the process
 * cannot recover by itself and should be restarted), readiness, the Prometheus text for
 * {@code /metrics}, the registry that times every request ({@code http.server.requests} by
 * method, route and status), which exceptions mean "the database is unavailable" (answered 503,
 * tested on the exception and each of its causes), an optional throttle per authenticated
 * caller, and an optional one per client address for every request before authentication (no
 * token, a refused token, the routes outside the API), with the proxies whose
 * {@code X-Forwarded-For} names that address.
 */
public record Operations(
        BooleanSupplier live,
        BooleanSupplier ready,
        Supplier<String> prometheusText,
        MeterRegistry meters,
        Predicate<Throwable> isUnavailable,
        RequestThrottle throttle,
        RequestThrottle addressThrottle,
        TrustedProxies trustedProxies) {

    public Operations {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(prometheusText, "prometheusText");
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(isUnavailable, "isUnavailable");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(addressThrottle, "addressThrottle");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    /** Always live and ready, no metrics text, no exception means unavailable, no throttles, no trusted proxy: for tests and embedding. */
    public static Operations defaults() {
        return new Operations(() -> true, () -> true, () -> "", new SimpleMeterRegistry(), error -> false, RequestThrottle.NONE,
                RequestThrottle.NONE, TrustedProxies.none());
    }

    /** {@code /health/live} answers 503 while {@code newLive} says false. */
    public Operations withLive(BooleanSupplier newLive) {
        return new Operations(newLive, ready, prometheusText, meters, isUnavailable, throttle, addressThrottle, trustedProxies);
    }

    public Operations withReady(BooleanSupplier newReady) {
        return new Operations(live, newReady, prometheusText, meters, isUnavailable, throttle, addressThrottle, trustedProxies);
    }

    public Operations withMetrics(MeterRegistry newMeters, Supplier<String> newPrometheusText) {
        return new Operations(live, ready, newPrometheusText, newMeters, isUnavailable, throttle, addressThrottle, trustedProxies);
    }

    public Operations withUnavailableWhen(Predicate<Throwable> newIsUnavailable) {
        return new Operations(live, ready, prometheusText, meters, newIsUnavailable, throttle, addressThrottle, trustedProxies);
    }

    public Operations withThrottle(RequestThrottle newThrottle) {
        return new Operations(live, ready, prometheusText, meters, isUnavailable, newThrottle, addressThrottle, trustedProxies);
    }

    /** Counts every request against its client's address ({@link TrustedProxies#clientKey}) before anything else is done. */
    public Operations withAddressThrottle(RequestThrottle newAddressThrottle, TrustedProxies newTrustedProxies) {
        return new Operations(live, ready, prometheusText, meters, isUnavailable, throttle, newAddressThrottle, newTrustedProxies);
    }
}
