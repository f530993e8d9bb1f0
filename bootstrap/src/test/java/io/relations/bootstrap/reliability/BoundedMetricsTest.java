package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.rest.RestApi;
import io.relations.adapter.rest.http.HttpMethods;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The class of defect "a value a client chooses used as a metric tag, a cache key or a map key
 * without a bound": seeded random requests ({@link RandomRequests}; {@code -Drelations.seed=}
 * replays a run) must leave the HTTP series, all meters, the {@code /metrics} text and every cache
 * the service keeps within fixed bounds, however many distinct methods, paths, query names and
 * headers they bring. No answer may be a 5xx.
 */
class BoundedMetricsTest {

    private static final int REQUESTS = Volumes.fastOrLong(3_000, 50_000);
    private static final int CALLERS = 8;
    /**
     * A route is matched only by its own method, so the series are about each route by the few
     * statuses it answers, and the refusals of no route (UNMATCHED, NOT_FOUND) by method and
     * status: some two hundred at most, where one series per distinct method would pass 300 by
     * the 1,500th request. (Past the registry's caps, new series are dropped: the tag checks below
     * catch a tag that escaped the closed set even then.)
     */
    private static final int MAX_REQUEST_SERIES = 300;
    private static final int MAX_NEW_METERS = MAX_REQUEST_SERIES + 50;
    /** A timer is a handful of lines of about 200 bytes each. */
    private static final int MAX_NEW_TEXT_BYTES = MAX_REQUEST_SERIES * 1_000;
    private static final Set<String> METHOD_TAGS = union(HttpMethods.KNOWN, Set.of(HttpMethods.OTHER));
    private static final Set<String> ROUTE_TAGS = union(RandomRequests.ROUTES, Set.of("NOT_FOUND", "UNMATCHED"));

    @Test
    void random_methods_paths_query_names_and_headers_leave_the_series_the_metrics_text_and_every_cache_bounded() {
        long seed = Seeds.seed();
        System.out.println(Figures.PREFIX + " bounded metrics: seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed);
        // rate limits no caller or address reaches, so that their tables are there to be measured
        try (ServiceUnderTest service = ReliabilityServices.start(Map.of(
                "RELATIONS_RATE_LIMIT_PER_MINUTE", "1000000", "RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "1000000"))) {
            // given callers with valid tokens, and an administrator: the only identities the service can accept
            LoadClient client = new LoadClient(service.port());
            UserId admin = ServiceUnderTest.unknownUser();
            List<String> validTokens = new ArrayList<>(List.of(Tokens.admin(admin)));
            Crowd callers = Crowd.unregistered(CALLERS);
            callers.users().forEach(caller -> validTokens.add(callers.token(caller)));
            validTokens.forEach(token -> client.send("GET", "/api/v1/me/blocks", token, null));
            PrometheusMeterRegistry meters = service.meters();
            int metersBefore = meters.getMeters().size();
            int textBefore = meters.scrape().getBytes(StandardCharsets.UTF_8).length;
            RandomRequests requests = new RandomRequests(validTokens);
            RawHttp raw = new RawHttp(service.port());
            Random random = new Random(seed);

            // when
            long started = System.nanoTime();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                HostileRequest request = requests.next(random);
                RawHttp.RawAnswer answer = raw.exchange(request.bytes());
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() == 0 || answer.status() >= 500) {
                    failures.add(answer.status() + " (" + answer.failure() + ") for " + request);
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            List<Meter> series = meters.find(RestApi.REQUEST_TIMER).meters().stream().toList();
            Set<String> methods = tagValues(series, "method");
            Set<String> routes = tagValues(series, "uri");
            int newMeters = meters.getMeters().size() - metersBefore;
            int newTextBytes = meters.scrape().getBytes(StandardCharsets.UTF_8).length - textBefore;
            Map<String, Double> caches = cacheEntries(meters);
            new Figures("bounded metrics", REQUESTS + " random requests", took, failures.size(), 0, Figures.NOT_MEASURED,
                    "seed " + seed + ", statuses " + statuses + ", " + series.size() + " request series, " + newMeters
                            + " new meters, /metrics +" + newTextBytes + " bytes, caches " + caches).print();
            failures.stream().limit(20).forEach(failure -> System.out.println("  " + failure));
            assertThat(failures).isEmpty();
            assertThat(methods).isSubsetOf(METHOD_TAGS);
            assertThat(routes).isSubsetOf(ROUTE_TAGS);
            assertThat(series).hasSizeLessThanOrEqualTo(MAX_REQUEST_SERIES);
            assertThat(newMeters).isLessThanOrEqualTo(MAX_NEW_METERS);
            assertThat(newTextBytes).isLessThanOrEqualTo(MAX_NEW_TEXT_BYTES);
            // only a valid token is remembered, and only its caller registered and given a bucket
            assertThat(caches).containsOnlyKeys("verified_tokens", "known_users", "rate_limited_callers", "rate_limited_addresses");
            assertThat(caches.values()).allSatisfy(entries -> assertThat(entries).isBetween(1.0, (double) validTokens.size()));
        }
    }

    private static Set<String> tagValues(List<Meter> meters, String key) {
        return meters.stream().map(meter -> meter.getId().getTag(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Double> cacheEntries(PrometheusMeterRegistry meters) {
        return meters.find(RestApi.CACHE_ENTRIES).gauges().stream()
                .collect(Collectors.toMap(gauge -> gauge.getId().getTag("cache"), Gauge::value, (a, b) -> a, TreeMap::new));
    }

    private static Set<String> union(Collection<String> first, Collection<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
