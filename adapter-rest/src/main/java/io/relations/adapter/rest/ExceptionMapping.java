package io.relations.adapter.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.InternalRouter;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.port.out.CorruptPairException;
import io.relations.application.port.out.ValueRejectedException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which exception ends a request how: a CORS preflight is answered, everything else leaves as
 * problem+json ({@link ProblemHandlers}), from the most specific type to any exception, and an
 * {@link Error} too, through Javalin's last resort.
 */
final class ExceptionMapping {

    private ExceptionMapping() {
    }

    /** @param problems built with {@link #allowedMethods(JavalinConfig)} of the same config, for 405's {@code Allow} */
    static void applyTo(JavalinConfig config, ProblemHandlers problems, Cors cors) {
        config.routes.exception(Cors.Preflight.class, cors::answer);
        config.routes.exception(ProblemException.class, problems::problem);
        config.routes.exception(HttpResponseException.class, problems::javalinRefusal);
        config.routes.exception(ValueRejectedException.class, problems::rejectedValue);
        config.routes.exception(CorruptPairException.class, problems::corruptPair);
        config.routes.exception(Exception.class, problems::unexpected);
        config.router.javaLangErrorHandler(problems::fatal);
    }

    /** The {@code Allow} header of a path: the methods it has a route for, asked of the router when a 405 is answered. */
    static Function<String, String> allowedMethods(JavalinConfig config) {
        return path -> {
            InternalRouter router = config.unsafe.internalRouter;
            return HandlerType.commonHttp().stream()
                    .filter(method -> !router.findHttpHandlerEntries(method, path).isEmpty())
                    .map(HandlerType::name)
                    .collect(Collectors.joining(", "));
        };
    }
}
