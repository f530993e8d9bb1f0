package io.relations.bootstrap.reliability;

import io.relations.bootstrap.testing.ServiceUnderTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The service as the reliability tests start it: the end-to-end fixture's, checking tokens with
 * {@link Tokens}' secret, and without a rate limit (a storm would hit it) unless a test sets one.
 */
final class ReliabilityServices {

    private ReliabilityServices() {
    }

    static ServiceUnderTest start() {
        return start(Map.of());
    }

    /** @param settings environment variables that add to or replace these */
    static ServiceUnderTest start(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Tokens.serviceSettings());
        environment.put("RELATIONS_RATE_LIMIT_PER_MINUTE", "0");
        environment.putAll(settings);
        return ServiceUnderTest.start(environment);
    }

    /**
     * One such service for the test classes that ask for a {@link ServiceUnderTest} and need no
     * database or settings of their own: started once, closed when the test run ends.
     */
    static final class Shared implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Shared.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ServiceUnderTest.class;
        }

        @Override
        public ServiceUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(Shared.class, key -> ReliabilityServices.start(), ServiceUnderTest.class);
        }
    }
}
