package io.relations.adapter.rest;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the HTTP edge lets through besides the routes themselves: the browser origins CORS admits
 * (none: CORS is off and no answer carries a CORS header), the bearer token {@code /metrics}
 * asks for (empty: {@code /metrics} is open), and the deadline for reading one request, its
 * headers and its body together. Its {@link #toString()} never shows the token.
 */
public record HttpPolicy(Set<String> corsOrigins, String metricsToken, Duration readDeadline) {

    /** Ample for the largest request the API takes (16 KiB of headers and 16 KiB of body) on a slow mobile link. */
    public static final Duration DEFAULT_READ_DEADLINE = Duration.ofSeconds(10);

    public HttpPolicy {
        corsOrigins = Set.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
        Objects.requireNonNull(metricsToken, "metricsToken");
        Objects.requireNonNull(readDeadline, "readDeadline");
        if (readDeadline.isNegative() || readDeadline.isZero()) {
            throw new IllegalArgumentException("the read deadline must be positive: " + readDeadline);
        }
    }

    /** CORS off, {@code /metrics} open, {@link #DEFAULT_READ_DEADLINE}. */
    public static HttpPolicy defaults() {
        return new HttpPolicy(Set.of(), "", DEFAULT_READ_DEADLINE);
    }

    public HttpPolicy withCorsOrigins(Set<String> newCorsOrigins) {
        return new HttpPolicy(newCorsOrigins, metricsToken, readDeadline);
    }

    public HttpPolicy withMetricsToken(String newMetricsToken) {
        return new HttpPolicy(corsOrigins, newMetricsToken, readDeadline);
    }

    public HttpPolicy withReadDeadline(Duration newReadDeadline) {
        return new HttpPolicy(corsOrigins, metricsToken, newReadDeadline);
    }

    @Override
    public String toString() {
        return "HttpPolicy[corsOrigins=" + corsOrigins + ", metricsToken=" + (metricsToken.isEmpty() ? "none" : "(set)")
                + ", readDeadline=" + readDeadline + "]";
    }
}
