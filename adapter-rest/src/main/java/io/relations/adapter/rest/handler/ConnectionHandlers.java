package io.relations.adapter.rest.handler;

import static io.relations.adapter.rest.handler.Exchange.caller;
import static io.relations.adapter.rest.handler.Exchange.successOf;
import static io.relations.adapter.rest.handler.Exchange.target;

import io.javalin.http.Context;
import io.relations.adapter.rest.UseCases;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.UserId;

/** {@code /me/connections/{userId}} and {@code /me/connection-requests/{userId}/accept|reject}. */
public final class ConnectionHandlers {

    private final UseCases useCases;
    private final ViewMapper views;

    public ConnectionHandlers(UseCases useCases, ViewMapper views) {
        this.useCases = useCases;
        this.views = views;
    }

    public void request(Context ctx) {
        var change = successOf(useCases.requestConnection().requestConnection(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    public void accept(Context ctx) {
        var change = successOf(useCases.acceptConnectionRequest().acceptConnectionRequest(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    public void reject(Context ctx) {
        var change = successOf(useCases.rejectConnectionRequest().rejectConnectionRequest(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    /**
     * One route for two commands (DESIGN §4): removes an accepted connection; when what is left is
     * the caller's own pending request, withdraws it. Both commands are idempotent, so a change
     * between the two calls only shows in the answer.
     */
    public void removeOrWithdraw(Context ctx) {
        UserId actor = caller(ctx).user();
        UserId other = target(ctx);
        RelationshipChange change = successOf(useCases.removeConnection().removeConnection(actor, other));
        if (change.relationship().connection() == ConnectionStatus.PENDING_OUTGOING) {
            change = successOf(useCases.cancelConnectionRequest().cancelConnectionRequest(actor, other));
        }
        ctx.json(views.toView(change.relationship()));
    }
}
