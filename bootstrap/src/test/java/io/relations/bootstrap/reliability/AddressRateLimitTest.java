package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.reliability.RawHttp.RawAnswer;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, finding 6 (unauthenticated database load), end to end: clients on several loopback
 * addresses (127.0.0.2, 127.0.0.3, …; Linux lets a socket bind any of 127/8) against a service
 * that allows {@value #LIMIT} unauthenticated requests per address and minute and trusts the
 * proxies at 127.0.0.8/30 (127.0.0.8–11) to name their clients in {@code X-Forwarded-For}.
 * Each test uses addresses of its own, so their buckets never meet.
 */
class AddressRateLimitTest {

    private static final int LIMIT = 5;
    private static final String TRUSTED_PROXIES = "127.0.0.8/30";

    private static ServiceUnderTest service;
    private static final long STARTED = System.nanoTime();
    private static long requests;
    private static int scrapes;
    private static long serverErrors;

    @BeforeAll
    static void start() {
        service = ReliabilityServices.start(Map.of(
                "RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", Integer.toString(LIMIT),
                "RELATIONS_TRUSTED_PROXIES", TRUSTED_PROXIES));
    }

    @AfterAll
    static void stop() {
        try {
            new Figures("rate limit per address", requests + " requests from loopback addresses 127.0.0.2-10, 127.0.1.1-20, 127.0.2.x, limit " + LIMIT + " a minute",
                    Duration.ofNanos(System.nanoTime() - STARTED), serverErrors, service.invariantViolations().size(), 0,
                    "429 rate_limited with Retry-After past the limit, per address").print();
        } finally {
            service.close();
        }
    }

    @Test
    void an_address_over_the_limit_gets_429_with_retry_after_while_another_address_is_still_served() {
        // given an address that spent its limit on readiness probes
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.2", "/health/ready", Map.of()).status()).isEqualTo(200);
        }

        // when it asks again, on any route outside the API or none at all
        List<RawAnswer> overTheLimit = List.of(
                get("127.0.0.2", "/health/ready", Map.of()),
                get("127.0.0.2", "/health/live", Map.of()),
                get("127.0.0.2", "/metrics", Map.of()),
                get("127.0.0.2", "/openapi.json", Map.of()),
                get("127.0.0.2", "/docs", Map.of()),
                get("127.0.0.2", "/no/such/route", Map.of()),
                get("127.0.0.2", "/api/v1/me/blocks", Map.of()));

        // then each is refused as rate_limited, and another address is served as before
        assertThat(overTheLimit).allSatisfy(AddressRateLimitTest::assertRateLimited);
        assertThat(get("127.0.0.3", "/health/ready", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void bad_tokens_are_throttled_per_address_before_any_is_checked() {
        // given an address that sent garbage tokens up to the limit, each refused 401
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.4", "/api/v1/me/blocks", bearer("garbage." + i)).status()).isEqualTo(401);
        }

        // when it keeps sending them, or a token without "Bearer", or even a valid one
        RawAnswer garbage = get("127.0.0.4", "/api/v1/me/blocks", bearer("garbage.again"));
        RawAnswer notBearer = get("127.0.0.4", "/api/v1/me/blocks", Map.of("Authorization", "Basic YTpi"));
        RawAnswer valid = get("127.0.0.4", "/api/v1/me/blocks", bearer(Tokens.valid(ServiceUnderTest.unknownUser())));

        // then all are refused 429 instead of 401: the throttle ran before the token was looked at
        assertThat(List.of(garbage, notBearer, valid)).allSatisfy(AddressRateLimitTest::assertRateLimited);
    }

    @Test
    void valid_tokens_give_their_count_back_so_an_authenticated_client_is_not_limited_by_its_address() {
        // given one address, many callers with valid tokens (the per-caller limit is off here)
        int calls = LIMIT * 4;

        // when they make four times the address's limit
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(get("127.0.0.5", "/api/v1/me/blocks", bearer(Tokens.valid(ServiceUnderTest.unknownUser()))).status());
        }

        // then all are served, and the address still has its whole allowance for unauthenticated requests
        assertThat(statuses).containsOnly(200);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.5", "/health/live", Map.of()).status()).isEqualTo(200);
        }
        assertRateLimited(get("127.0.0.5", "/health/live", Map.of()));
    }

    @Test
    void from_an_untrusted_address_x_forwarded_for_is_ignored() {
        // given a client that names a new address in every request
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.6", "/health/live", forwardedFor("198.51.100." + i)).status()).isEqualTo(200);
        }

        // when it names yet another
        RawAnswer next = get("127.0.0.6", "/health/live", forwardedFor("198.51.100.200"));

        // then it is counted by its own address all the same
        assertRateLimited(next);
    }

    @Test
    void through_a_trusted_proxy_x_forwarded_for_picks_the_key() {
        // given one client behind the proxy at 127.0.0.8 that spent its limit
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.8", "/health/live", forwardedFor("192.0.2.1, 203.0.113.1")).status()).isEqualTo(200);
        }
        assertRateLimited(get("127.0.0.8", "/health/live", forwardedFor("203.0.113.1")));

        // when another client comes through the same proxy
        RawAnswer other = get("127.0.0.8", "/health/live", forwardedFor("203.0.113.1, 203.0.113.2"));

        // then it has its own bucket: the key was the right-most entry, not the proxy nor what the client wrote
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void many_distinct_forwarded_addresses_each_get_a_bucket_and_the_table_size_is_observable() {
        // given
        int distinct = 300;
        long before = addressesInTable();

        // when that many clients come through the proxy at 127.0.0.9, one request each
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            statuses.add(get("127.0.0.9", "/health/live", forwardedFor("10.20." + (i / 256) + "." + (i % 256))).status());
        }

        // then each was served on its own bucket, and the table grew by exactly that many keys
        assertThat(statuses).containsOnly(200);
        assertThat(addressesInTable() - before).isEqualTo(distinct);
    }

    @Test
    void malformed_x_forwarded_for_yields_no_server_error_and_no_key_of_its_own() {
        // given
        long seed = Seeds.seed();
        System.out.println("AddressRateLimitTest seed " + seed + " (replay with -D" + Seeds.PROPERTY + "=" + seed + ")");
        Random random = new Random(seed);
        long before = addressesInTable();

        // when a proxy passes on junk (every entry malformed) from its clients
        List<RawAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            answers.add(get("127.0.0.10", "/health/live", forwardedFor(junk(random))));
        }

        // then nothing failed, the proxy itself was counted (5 served, then 429), and it made one key only
        assertThat(answers).as("seed %d", seed).allSatisfy(answer -> assertThat(answer.status()).isIn(200, 429));
        assertThat(answers.subList(0, LIMIT)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(answers.subList(LIMIT, answers.size())).allSatisfy(AddressRateLimitTest::assertRateLimited);
        assertThat(addressesInTable() - before).isEqualTo(1);
    }

    @Test
    void readiness_probes_in_a_burst_query_the_database_about_once_a_second() {
        // given
        long acquiredBefore = connectionsAcquired();
        long started = System.nanoTime();

        // when 20 addresses probe readiness as fast as they can, LIMIT times each
        int probes = 0;
        for (int round = 0; round < LIMIT; round++) {
            for (int address = 0; address < 20; address++) {
                assertThat(get("127.0.1." + (address + 1), "/health/ready", Map.of()).status()).isEqualTo(200);
                probes++;
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        // then the database was asked once per second of the burst (and once more), not once per probe
        long acquired = connectionsAcquired() - acquiredBefore;
        assertThat(acquired).as("%d probes in %d s", probes, seconds).isLessThanOrEqualTo(seconds + 2).isLessThan(probes);
    }

    private static void assertRateLimited(RawAnswer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(429);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("rate_limited");
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
    }

    /**
     * The size of the table of addresses, as /metrics shows it. Each scrape comes from an address
     * of its own (so that none is throttled), which the reading includes: one key more each time.
     */
    private static long addressesInTable() {
        return (long) metric("relations_cache_entries{cache=\"rate_limited_addresses\"") - scrapes;
    }

    /** Every borrowing of a pool connection; in this test only the readiness check borrows any. */
    private static long connectionsAcquired() {
        return (long) metric("hikaricp_connections_acquire_seconds_count");
    }

    private static double metric(String name) {
        scrapes++;
        RawAnswer scrape = get("127.0.2." + scrapes, "/metrics", Map.of());
        assertThat(scrape.status()).as("%s", scrape).isEqualTo(200);
        double sum = 0;
        boolean found = false;
        for (String line : scrape.body().split("\n")) {
            if (name.contains("{") ? line.startsWith(name) : line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        assertThat(found).as("%s in /metrics", name).isTrue();
        return sum;
    }

    private static String junk(Random random) {
        List<String> entries = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            entries.add(switch (random.nextInt(5)) {
                case 0 -> "unknown";
                case 1 -> "_obfuscated" + random.nextInt(1_000);
                case 2 -> random.nextInt(999) + ".1.2.999";
                case 3 -> "host-" + random.nextInt(1_000) + ".example";
                default -> ":::" + Integer.toHexString(random.nextInt()) + ":::";
            });
        }
        return String.join(", ", entries);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, String> forwardedFor(String chain) {
        return Map.of("X-Forwarded-For", chain);
    }

    private static synchronized RawAnswer get(String from, String path, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1");
        all.putAll(headers);
        all.put("Connection", "close");
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        RawAnswer answer = new RawHttp(service.port(), address(from)).exchange(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        requests++;
        if (answer.status() >= 500 || answer.status() == 0) {
            serverErrors++;
        }
        return answer;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
