package io.relations.bootstrap.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The service of the round-trip tests: started in-process like every end-to-end service, on a
 * fresh database of the shared test server that logs every statement, with a pool of one
 * connection. One connection makes a warm-up deterministic: pgjdbc runs a statement as a named
 * prepared statement from its {@link #PREPARE_THRESHOLD}th execution on a connection, so
 * {@link #WARM_UP} runs of a route warm every statement it sends. Statement counts do not depend on
 * the pool's size: every request is one unit of work on one connection.
 */
final class LoggedService implements AutoCloseable {

    /** pgjdbc's default {@code prepareThreshold}, which the service keeps. */
    static final int PREPARE_THRESHOLD = 5;
    /** The counted run is the one after these: the {@code PREPARE_THRESHOLD + 1}th of every statement at the least. */
    static final int WARM_UP = PREPARE_THRESHOLD;

    /**
     * A pool of one connection (see above), migrating on start as the service does by default (the
     * migration runs on connections of its own, so a pool of one suffices); no rate limit for the warm-ups.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "RELATIONS_DB_POOL_SIZE", "1", "RELATIONS_RATE_LIMIT_PER_MINUTE", "0",
            // No background deliveries: their polls would be counted as the request's statements.
            "RELATIONS_WEBHOOK_DELIVERIES", "false");

    private final ServiceUnderTest service;
    private final StatementLog log;
    private final Optional<String> unreadable;

    private LoggedService(ServiceUnderTest service, StatementLog log, Optional<String> unreadable) {
        this.service = service;
        this.log = log;
        this.unreadable = unreadable;
    }

    /**
     * The service, or, on a server named by {@code RELATIONS_DB_URL} whose log cannot be read here
     * (it may log elsewhere, or give the tests no superuser), none: then every round-trip test is
     * skipped with the reason. The embedded server, which the README's test command uses, always
     * has a readable log, so there an unreadable one fails the tests.
     */
    static LoggedService start() {
        AtomicReference<Optional<String>> unreadable = new AtomicReference<>(Optional.empty());
        ServiceUnderTest service = ServiceUnderTest.start(SETTINGS, database -> unreadable.set(StatementLog.logEveryStatement(database)));
        try {
            if (unreadable.get().isPresent()) {
                if (!onExternalServer()) {
                    throw new IllegalStateException("The statement log of the embedded test server cannot be read: " + unreadable.get().get());
                }
                service.close();
                return new LoggedService(null, null, unreadable.get());
            }
            return new LoggedService(service, StatementLog.open(service.dataSource()), Optional.empty());
        } catch (RuntimeException | Error e) {
            service.close();
            throw e;
        }
    }

    /** The service; skips the test when the statement log cannot be read (see {@link #start()}). */
    ServiceUnderTest service() {
        assumeTrue(unreadable.isEmpty(), () -> "No round trips are counted on this server: " + unreadable.orElseThrow());
        return service;
    }

    /** The statements of one request, sent after {@code given} and {@link #WARM_UP} runs of {@code given} and the request. */
    RoundTrips warmThenMeasure(String route, Runnable given, Supplier<HttpReply> request) {
        for (int run = 0; run < WARM_UP; run++) {
            given.run();
            answeredWithSuccess(route, request.get());
        }
        given.run();
        return measure(route, request);
    }

    /** The statements of one request, as it comes. */
    RoundTrips measure(String route, Supplier<HttpReply> request) {
        AtomicReference<HttpReply> reply = new AtomicReference<>();
        List<LoggedStatement> sent = log.during(() -> reply.set(request.get()));
        answeredWithSuccess(route, reply.get());
        RoundTrips roundTrips = new RoundTrips(route, sent);
        System.out.println("round trips: " + roundTrips.row());
        return roundTrips;
    }

    @Override
    public void close() {
        if (unreadable.isPresent()) {
            return;
        }
        try {
            log.close();
        } finally {
            service.close();
        }
    }

    private static boolean onExternalServer() {
        return !System.getenv().getOrDefault("RELATIONS_DB_URL", "").isBlank() && !"embedded".equals(System.getenv("RELATIONS_TEST_DB"));
    }

    private static void answeredWithSuccess(String route, HttpReply reply) {
        assertThat(reply.status()).as(route + " answered " + reply.body()).isBetween(200, 299);
    }
}
