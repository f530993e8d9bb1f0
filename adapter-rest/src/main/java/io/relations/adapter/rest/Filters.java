package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.relations.adapter.rest.auth.Authenticator;
import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.auth.InvalidTokenException;
import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.KnownUsers;
import io.relations.adapter.rest.http.HttpMethods;
import io.relations.adapter.rest.http.LogText;
import io.relations.adapter.rest.http.RequestIds;
import io.relations.adapter.rest.http.TrustedProxies;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs before the handlers: the request id, the throttle per client address (every request),
 * then for the API the bearer token, the admin scope and the throttle per caller. A request with a
 * token is counted against its address before the token is checked, so a flood of garbage tokens
 * is refused before any of them costs a verification; a token that passes gives its count back.
 */
final class Filters {

    private static final Logger LOG = LoggerFactory.getLogger(Filters.class);
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"relations\"";
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Authenticator authenticator;
    private final KnownUsers knownUsers;
    private final RequestThrottle throttle;
    private final RequestThrottle addressThrottle;
    private final TrustedProxies trustedProxies;

    Filters(Authenticator authenticator, KnownUsers knownUsers, RequestThrottle throttle,
            RequestThrottle addressThrottle, TrustedProxies trustedProxies) {
        this.authenticator = authenticator;
        this.knownUsers = knownUsers;
        this.throttle = throttle;
        this.addressThrottle = addressThrottle;
        this.trustedProxies = trustedProxies;
    }

    void assignRequestId(Context ctx) {
        String id = RequestIds.accept(ctx.header(RequestIds.HEADER));
        ctx.attribute(Exchange.REQUEST_ID, id);
        ctx.header(RequestIds.HEADER, id);
    }

    /** Every request, whatever its route (an unknown one too), counts against its client's address first. */
    void throttleAddress(Context ctx) {
        String address = trustedProxies.clientKey(ctx.req().getRemoteAddr(), forwardedFor(ctx));
        ctx.attribute(Exchange.CLIENT_ADDRESS, address);
        addressThrottle.retryAfter(address).ifPresent(wait -> {
            throw rateLimited(wait);
        });
    }

    private static List<String> forwardedFor(Context ctx) {
        Enumeration<String> values = ctx.req().getHeaders(FORWARDED_FOR);
        return values == null ? List.of() : Collections.list(values);
    }

    /**
     * A method that is no token of at most {@link HttpMethods#MAX_LENGTH} characters is refused
     * before any routing; so is {@value HttpMethods#OVERRIDE_HEADER}, with which Javalin would
     * route by a header's value instead of the method sent. Any other unknown method goes on to
     * Javalin's routing: 405 with {@code Allow} on a known path, 404 elsewhere.
     */
    void rejectUnusableMethod(Context ctx) {
        if (!HttpMethods.isAcceptable(ctx.req().getMethod())) {
            throw ProblemException.invalidRequest("The method is not a token of at most " + HttpMethods.MAX_LENGTH + " characters.");
        }
        if (ctx.req().getHeader(HttpMethods.OVERRIDE_HEADER) != null) {
            throw ProblemException.invalidRequest(HttpMethods.OVERRIDE_HEADER + " is not supported; send the method itself.");
        }
    }

    /**
     * A '%' in the path not followed by two hex digits ({@code %u0041}, a lone {@code %}) would
     * fail Javalin's decoding of the path parameters as an unexpected error; it is the client's.
     */
    void rejectMalformedEscapes(Context ctx) {
        if (MALFORMED_ESCAPE.matcher(ctx.path()).find()) {
            throw ProblemException.invalidRequest("The path has a malformed percent-escape.");
        }
    }

    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("A bearer token is required.", CHALLENGE);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw unauthorized("The Authorization header must be \"Bearer <token>\".", CHALLENGE + ", error=\"invalid_request\"");
        }
        Caller caller;
        try {
            caller = authenticator.authenticate(header.substring(BEARER.length()).strip());
        } catch (InvalidTokenException refused) {
            LOG.info("Refused a token (request {}): {}", Exchange.requestId(ctx), LogText.of(refused.getMessage()));
            throw unauthorized("The token is not valid.", CHALLENGE + ", error=\"invalid_token\"");
        }
        String address = ctx.attribute(Exchange.CLIENT_ADDRESS);
        if (address != null) {
            addressThrottle.refund(address);
        }
        Optional<Duration> retryAfter = throttle.retryAfter(caller.user().toString());
        if (retryAfter.isPresent()) {
            throw rateLimited(retryAfter.get());
        }
        knownUsers.ensureRegistered(caller);
        ctx.attribute(Exchange.CALLER, caller);
    }

    void requireAdmin(Context ctx) {
        if (!Exchange.caller(ctx).admin()) {
            throw insufficientScope("This route needs the admin scope.", JwtAuthenticator.ADMIN_SCOPE);
        }
    }

    /** A 403 {@code forbidden} that names, as RFC 6750 says, the scope that would let the caller in. */
    static ProblemException insufficientScope(String detail, String scope) {
        return new ProblemException(ProblemType.FORBIDDEN, detail,
                Map.of("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\", scope=\"" + scope + "\""));
    }

    private static ProblemException rateLimited(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return new ProblemException(ProblemType.RATE_LIMITED, "Too many requests; retry later.",
                Map.of("Retry-After", Long.toString(seconds)));
    }

    private static ProblemException unauthorized(String detail, String challenge) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail, Map.of("WWW-Authenticate", challenge));
    }
}
