package io.relations.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.rest.RestApi;
import java.util.function.ToDoubleFunction;

/**
 * The registry behind {@code /metrics}: the JVM's meters, the database pool's, the HTTP timer and
 * the sizes of the caches. The HTTP timer's tags are bounded where they are made (the adapter tags
 * a closed set); the caps here are the backstop should a tag ever escape that: past them, new
 * series are dropped, never added, so {@code /metrics} cannot grow without bound.
 */
final class ServiceMeters {

    /** Well above the routes (27) and the two words for a request that matches none. */
    static final int MAX_ROUTES = 64;
    /** Well above the known methods (10) and {@code OTHER}. */
    static final int MAX_METHODS = 16;
    /** Well above what the service registers (a few hundred, most of them the JVM's). */
    static final int MAX_METERS = 2_000;

    private ServiceMeters() {
    }

    static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Filters apply to meters registered after them: these come before any binder.
        registry.config()
                .meterFilter(MeterFilter.maximumAllowableTags(RestApi.REQUEST_TIMER, "uri", MAX_ROUTES, MeterFilter.deny()))
                .meterFilter(MeterFilter.maximumAllowableTags(RestApi.REQUEST_TIMER, "method", MAX_METHODS, MeterFilter.deny()))
                .meterFilter(MeterFilter.maximumAllowableMetrics(MAX_METERS));
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** A gauge of how many entries {@code cache} holds, tagged with its fixed name. */
    static <T> void cacheEntries(MeterRegistry registry, String name, T cache, ToDoubleFunction<T> entries) {
        Gauge.builder(RestApi.CACHE_ENTRIES, cache, entries).tag("cache", name)
                .description("Entries of a bounded cache").register(registry);
    }
}
