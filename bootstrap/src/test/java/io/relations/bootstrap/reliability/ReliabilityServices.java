package io.relations.bootstrap.reliability;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import java.util.HashMap;
import java.util.Map;

/**
 * The service as the reliability tests start it: the end-to-end fixture's, checking tokens with
 * {@link Tokens}' secret, and without rate limits, per caller or per address (a storm from
 * 127.0.0.1 would hit them), unless a test sets one.
 */
final class ReliabilityServices {

    private ReliabilityServices() {
    }

    static ServiceUnderTest start() {
        return start(Map.of());
    }

    /** @param settings environment variables that add to or replace these */
    static ServiceUnderTest start(Map<String, String> settings) {
        return ServiceUnderTest.start(withTheseSettings(settings));
    }

    /** The same, on an embedded PostgreSQL the service starts and supervises itself, for tests that kill it. */
    static ServiceUnderTest startOnItsOwnEmbeddedPostgres(Map<String, String> settings) {
        return ServiceUnderTest.startOnItsOwnEmbeddedPostgres(withTheseSettings(settings));
    }

    private static Map<String, String> withTheseSettings(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Tokens.serviceSettings());
        environment.put("RELATIONS_RATE_LIMIT_PER_MINUTE", "0");
        environment.put("RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "0");
        environment.putAll(settings);
        return environment;
    }

    /**
     * One such service for the test classes that ask for a {@link ServiceUnderTest} and need no
     * database or settings of their own: started once, closed when the test run ends.
     */
    static final class Shared extends SharedService {

        public Shared() {
            super(ReliabilityServices::start);
        }
    }
}
