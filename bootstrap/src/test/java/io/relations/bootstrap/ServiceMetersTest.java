package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.rest.RestApi;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry's caps are the backstop behind the adapter's closed set of tags: tested as if a tag had escaped it. */
class ServiceMetersTest {

    private final PrometheusMeterRegistry registry = ServiceMeters.newRegistry();

    @Test
    void request_series_past_the_cap_of_routes_or_methods_are_dropped_not_added() {
        for (int i = 0; i < 1_000; i++) {
            Timer.builder(RestApi.REQUEST_TIMER).tag("method", "GET").tag("uri", "/route/" + i).register(registry).record(Duration.ofMillis(1));
            Timer.builder(RestApi.REQUEST_TIMER).tag("method", "M" + i).tag("uri", "/route/0").register(registry).record(Duration.ofMillis(1));
        }

        assertThat(registry.find(RestApi.REQUEST_TIMER).timers().stream().map(timer -> timer.getId().getTag("uri")).distinct())
                .hasSize(ServiceMeters.MAX_ROUTES);
        assertThat(registry.find(RestApi.REQUEST_TIMER).timers().stream().map(timer -> timer.getId().getTag("method")).distinct())
                .hasSize(ServiceMeters.MAX_METHODS);
    }

    @Test
    void meters_past_the_total_cap_are_dropped_so_the_metrics_text_grows_no_more() {
        for (int i = 0; i < ServiceMeters.MAX_METERS; i++) {
            Counter.builder("test.counter").tag("n", Integer.toString(i)).register(registry).increment();
        }
        long linesAtTheCap = registry.scrape().lines().count();

        for (int i = ServiceMeters.MAX_METERS; i < 2 * ServiceMeters.MAX_METERS; i++) {
            Counter.builder("test.counter").tag("n", Integer.toString(i)).register(registry).increment();
        }

        assertThat(registry.getMeters()).hasSizeLessThanOrEqualTo(ServiceMeters.MAX_METERS + 1);
        assertThat(registry.scrape().lines().count()).isEqualTo(linesAtTheCap);
    }

    @Test
    void a_cache_gauge_reads_the_cache_size_under_its_fixed_name() {
        AtomicInteger entries = new AtomicInteger(3);

        ServiceMeters.cacheEntries(registry, "known_users", entries, AtomicInteger::get);
        entries.set(5);

        assertThat(registry.find(RestApi.CACHE_ENTRIES).tag("cache", "known_users").gauge().value()).isEqualTo(5.0);
    }
}
