package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.relations.adapter.rest.auth.Authenticator;
import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.auth.InvalidTokenException;
import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.KnownUsers;
import io.relations.adapter.rest.http.RequestIds;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What runs before the handlers: the request id, then for the API the bearer token, the admin scope and the throttle. */
final class Filters {

    private static final Logger LOG = LoggerFactory.getLogger(Filters.class);
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"relations\"";
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Authenticator authenticator;
    private final KnownUsers knownUsers;
    private final RequestThrottle throttle;

    Filters(Authenticator authenticator, KnownUsers knownUsers, RequestThrottle throttle) {
        this.authenticator = authenticator;
        this.knownUsers = knownUsers;
        this.throttle = throttle;
    }

    void assignRequestId(Context ctx) {
        String id = RequestIds.accept(ctx.header(RequestIds.HEADER));
        ctx.attribute(Exchange.REQUEST_ID, id);
        ctx.header(RequestIds.HEADER, id);
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
            LOG.info("Refused a token (request {}): {}", Exchange.requestId(ctx), refused.getMessage());
            throw unauthorized("The token is not valid.", CHALLENGE + ", error=\"invalid_token\"");
        }
        Optional<Duration> retryAfter = throttle.retryAfter(caller.user().toString());
        if (retryAfter.isPresent()) {
            long seconds = Math.max(1, retryAfter.get().toSeconds());
            throw new ProblemException(ProblemType.RATE_LIMITED, "Too many requests; retry later.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        knownUsers.ensureRegistered(caller);
        ctx.attribute(Exchange.CALLER, caller);
    }

    void requireAdmin(Context ctx) {
        if (!Exchange.caller(ctx).admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This route needs the admin scope.",
                    Map.of("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\", scope=\"" + JwtAuthenticator.ADMIN_SCOPE + "\""));
        }
    }

    private static ProblemException unauthorized(String detail, String challenge) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail, Map.of("WWW-Authenticate", challenge));
    }
}
