package io.relations.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import io.relations.adapter.rest.http.HttpMethods;
import io.relations.adapter.rest.http.LogText;
import io.relations.adapter.rest.http.RequestIds;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.relations.adapter.rest.problem.Problem;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.application.port.out.CorruptPairException;
import io.relations.application.port.out.ValueRejectedException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure ends here and leaves as problem+json. Client mistakes are 4xx with a detail in
 * the API's words; anything unexpected is logged with the request id and answered with a
 * generic 500 that names no class, query or stack frame.
 */
final class ProblemHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private static final String INTERNAL_DETAIL = "An unexpected error occurred; quote the request id when reporting it.";

    private final ObjectMapper mapper;
    private final Predicate<Throwable> isUnavailable;
    private final Function<String, String> allowedMethods;
    private final long maxRequestBytes;

    /**
     * @param allowedMethods the {@code Allow} header value for a request path that exists with other methods
     */
    ProblemHandlers(ObjectMapper mapper, Predicate<Throwable> isUnavailable, Function<String, String> allowedMethods,
                           long maxRequestBytes) {
        this.mapper = mapper;
        this.isUnavailable = isUnavailable;
        this.allowedMethods = allowedMethods;
        this.maxRequestBytes = maxRequestBytes;
    }

    void problem(ProblemException problem, Context ctx) {
        write(ctx, problem.type(), problem.detail(), problem.headers());
    }

    /**
     * A value of the request that the store refused (a data exception, SQLSTATE class 22): the
     * request's fault, so a 400. Logged as one line of our own words: the request passed every
     * check of this adapter, so a check is missing, but no stack trace and no text of the store,
     * which may quote what the client sent.
     */
    void rejectedValue(ValueRejectedException rejected, Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        // The route template, never the raw path: the line holds nothing the client wrote.
        LOG.warn("Request {} refused: {} {}: {}", Exchange.requestId(ctx), ctx.method().name(),
                matched == null ? "-" : matched.path, rejected.getMessage());
        write(ctx, ProblemType.INVALID_REQUEST, "A value of the request is out of the range the service can store.", Map.of());
    }

    /**
     * A pair the database holds broken: an operator's problem, not the client's, so a 500 of its
     * own type that names the pair (two ids the path already validated), logged once at ERROR
     * without a stack trace: the message says all there is, and every request on the pair would
     * repeat the frames.
     */
    void corruptPair(CorruptPairException corrupt, Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        LOG.error("Request {} failed: {} {}: {}", Exchange.requestId(ctx), Exchange.method(ctx),
                matched == null ? "-" : matched.path, corrupt.getMessage());
        write(ctx, ProblemType.CORRUPT_PAIR, "The database holds the pair " + corrupt.pair()
                + " in a state no command can leave; an operator must repair it.", Map.of());
    }

    /** Javalin's own refusals: no route, wrong method, body too large, and the like. */
    void javalinRefusal(HttpResponseException refusal, Context ctx) {
        int status = refusal.getStatus();
        String method = HttpMethods.OTHER.equals(Exchange.method(ctx)) ? "this method" : Exchange.method(ctx);
        if (status == 404) {
            write(ctx, ProblemType.NOT_FOUND, "No route matches " + method + " of this path.", Map.of());
        } else if (status == 405) {
            write(ctx, ProblemType.METHOD_NOT_ALLOWED, "This path does not take " + method + ".",
                    Map.of("Allow", allowedMethods.apply(ctx.path())));
        } else if (status == 413) {
            write(ctx, ProblemType.INVALID_REQUEST, "The body is larger than " + maxRequestBytes + " bytes.", Map.of());
        } else if (status >= 400 && status < 500) {
            write(ctx, ProblemType.INVALID_REQUEST, "The request is not valid.", Map.of());
        } else {
            unexpected(refusal, ctx);
        }
    }

    void unexpected(Exception error, Context ctx) {
        if (jettyRefusal(error, DeadlineRequest.REQUEST_TIMEOUT)) {
            write(ctx, ProblemType.REQUEST_TIMEOUT, "The request was not sent within the read deadline.", Map.of("Connection", "close"));
            return;
        }
        if (unreadableRequest(error)) {
            write(ctx, ProblemType.INVALID_REQUEST, "The request could not be read.", Map.of());
            return;
        }
        if (causedByUnavailability(error)) {
            LOG.warn("Request {} failed: a dependency is unavailable", Exchange.requestId(ctx), error);
            write(ctx, ProblemType.UNAVAILABLE, "The service is unavailable; retry later.",
                    Map.of("Retry-After", OpsHandlers.RETRY_AFTER_SECONDS));
            return;
        }
        LOG.error("Request {} failed: {} {}", Exchange.requestId(ctx), Exchange.method(ctx), LogText.of(ctx.path()), error);
        write(ctx, ProblemType.INTERNAL, INTERNAL_DETAIL, Map.of());
    }

    /** A {@link java.lang.Error} thrown by a handler reaches Javalin's last resort, not the exception handlers. */
    void fatal(HttpServletResponse response, Error error) {
        String requestId = response.getHeader(RequestIds.HEADER) == null ? "unknown" : response.getHeader(RequestIds.HEADER);
        LOG.error("Request {} failed with an error", requestId, error);
        try {
            byte[] body = mapper.writeValueAsBytes(Problem.of(ProblemType.INTERNAL, INTERNAL_DETAIL, requestId));
            SecurityHeaders.applyTo(response::setHeader);
            response.setStatus(ProblemType.INTERNAL.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException cannotAnswer) {
            LOG.warn("Request {}: could not answer the error", requestId, cannotAnswer);
        }
    }

    /** Jetty's refusal with this status, on the exception or one of its causes. */
    private static boolean jettyRefusal(Throwable error, int status) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException jetty && jetty.getCode() == status) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's refusal of a malformed request that shows only as a handler reads it (a broken chunked body, say). */
    private static boolean unreadableRequest(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException jetty && jetty.getCode() >= 400 && jetty.getCode() < 500) {
                return true;
            }
        }
        return false;
    }

    private boolean causedByUnavailability(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isUnavailable.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private void write(Context ctx, ProblemType type, String detail, Map<String, String> headers) {
        headers.forEach(ctx::header);
        String body;
        try {
            body = mapper.writeValueAsString(Problem.of(type, detail, Exchange.requestId(ctx)));
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        ctx.status(type.status()).contentType(Problem.MEDIA_TYPE).result(body);
    }
}
