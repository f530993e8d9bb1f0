package io.relations.bootstrap.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test class that asks for a {@link ServiceUnderTest} (as a constructor or method
 * parameter) the same one: started on first use, closed when the whole test run ends. Starting
 * the service once keeps the suite fast, and lets a last test judge everything the suite did.
 */
public class SharedService implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedService.class);

    private final Supplier<ServiceUnderTest> start;

    public SharedService() {
        this(ServiceUnderTest::start);
    }

    /** For a suite whose shared service is started otherwise: one per subclass, each started once. */
    protected SharedService(Supplier<ServiceUnderTest> start) {
        this.start = start;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServiceUnderTest.class;
    }

    @Override
    public ServiceUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(getClass(), type -> start.get(), ServiceUnderTest.class);
    }
}
