package io.relations.archfixture.domainusesjavalin.domain.command;

import io.javalin.http.Context;

/** Broken on purpose: a domain command built from an HTTP request. */
public record FollowFromRequest(String targetId) {

    public static FollowFromRequest of(Context ctx) {
        return new FollowFromRequest(ctx.pathParam("userId"));
    }
}
