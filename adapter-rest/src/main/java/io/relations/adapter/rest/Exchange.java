package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.http.HttpMethods;
import io.relations.adapter.rest.http.Params;
import io.relations.adapter.rest.http.Query;
import io.relations.adapter.rest.problem.Refusals;
import io.relations.application.model.Outcome;
import io.relations.domain.model.UserId;

/** What every handler reads from a request and how it ends one; the only place that knows the attribute names. */
final class Exchange {

    static final String CALLER = "relations.caller";
    static final String REQUEST_ID = "relations.requestId";
    /** The key the request counts against in the throttle per address; see {@code TrustedProxies}. */
    static final String CLIENT_ADDRESS = "relations.clientAddress";
    static final String TARGET = "userId";

    private Exchange() {
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("a route under /api/v1 ran without an authenticated caller");
        }
        return caller;
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    /**
     * The request's method as metrics and logs name it: a known method or {@code OTHER}. It is the
     * method of the request line, never Javalin's {@code ctx.method()}, which a header may override.
     */
    static String method(Context ctx) {
        return HttpMethods.tagOf(ctx.req().getMethod());
    }

    /** The {@code {userId}} of the path, on a route that takes no query parameter. */
    static UserId target(Context ctx) {
        Query.parse(ctx.queryString());
        return Params.userId(ctx.pathParam(TARGET), "user id");
    }

    static Query query(Context ctx, String... allowed) {
        return Query.parse(ctx.queryString(), allowed);
    }

    /** The value of a successful outcome; a refusal or a denial ends the request with its problem. */
    static <T> T successOf(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw Refusals.toProblem(refusal);
        }, denial -> {
            throw Refusals.toProblem(denial);
        });
    }
}
