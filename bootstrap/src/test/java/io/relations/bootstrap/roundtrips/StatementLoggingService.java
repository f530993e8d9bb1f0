package io.relations.bootstrap.roundtrips;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every round-trip test class that asks for a {@link LoggedService} the same one: started on
 * first use, closed when the whole test run ends (like {@code SharedService}, whose service must
 * not log every statement: its connections were opened before any setting could apply).
 */
final class StatementLoggingService implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StatementLoggingService.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LoggedService.class;
    }

    @Override
    public LoggedService resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LoggedService.class, type -> LoggedService.start(), LoggedService.class);
    }
}
