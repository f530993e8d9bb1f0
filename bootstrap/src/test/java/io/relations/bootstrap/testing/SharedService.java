package io.relations.bootstrap.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test class that asks for a {@link ServiceUnderTest} (as a constructor or method
 * parameter) the same one: started on first use, closed when the whole test run ends. Starting
 * the service once keeps the suite fast, and lets a last test judge everything the suite did.
 */
public final class SharedService implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedService.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServiceUnderTest.class;
    }

    @Override
    public ServiceUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ServiceUnderTest.class, type -> ServiceUnderTest.start(), ServiceUnderTest.class);
    }
}
