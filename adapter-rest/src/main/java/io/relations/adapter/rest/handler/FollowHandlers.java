package io.relations.adapter.rest.handler;

import static io.relations.adapter.rest.handler.Exchange.caller;
import static io.relations.adapter.rest.handler.Exchange.successOf;
import static io.relations.adapter.rest.handler.Exchange.target;

import io.javalin.http.Context;
import io.relations.adapter.rest.UseCases;
import io.relations.adapter.rest.json.ViewMapper;

/** {@code /me/following/{userId}} and {@code /me/followers/{userId}}. */
public final class FollowHandlers {

    private final UseCases useCases;
    private final ViewMapper views;

    public FollowHandlers(UseCases useCases, ViewMapper views) {
        this.useCases = useCases;
        this.views = views;
    }

    public void follow(Context ctx) {
        var change = successOf(useCases.follow().follow(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    public void unfollow(Context ctx) {
        var change = successOf(useCases.unfollow().unfollow(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    public void removeFollower(Context ctx) {
        var change = successOf(useCases.removeFollower().removeFollower(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }
}
