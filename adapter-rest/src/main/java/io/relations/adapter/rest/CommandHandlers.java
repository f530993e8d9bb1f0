package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.caller;
import static io.relations.adapter.rest.Exchange.successOf;
import static io.relations.adapter.rest.Exchange.target;

import io.javalin.http.Context;
import io.relations.adapter.rest.json.BlockBody;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.UserId;
import java.util.Optional;

/**
 * The relationship commands under {@code /me}: the caller acts on the user of the path. Each
 * answers the pair's relationship as the caller now sees it, changed or not.
 */
final class CommandHandlers {

    private final UseCases useCases;
    private final ViewMapper views;
    private final JsonBodies bodies;

    CommandHandlers(UseCases useCases, ViewMapper views, JsonBodies bodies) {
        this.useCases = useCases;
        this.views = views;
        this.bodies = bodies;
    }

    void follow(Context ctx) {
        answer(ctx, useCases.follow().follow(caller(ctx).user(), target(ctx)));
    }

    void unfollow(Context ctx) {
        answer(ctx, useCases.unfollow().unfollow(caller(ctx).user(), target(ctx)));
    }

    void removeFollower(Context ctx) {
        answer(ctx, useCases.removeFollower().removeFollower(caller(ctx).user(), target(ctx)));
    }

    void requestConnection(Context ctx) {
        answer(ctx, useCases.requestConnection().requestConnection(caller(ctx).user(), target(ctx)));
    }

    void acceptConnectionRequest(Context ctx) {
        answer(ctx, useCases.acceptConnectionRequest().acceptConnectionRequest(caller(ctx).user(), target(ctx)));
    }

    void rejectConnectionRequest(Context ctx) {
        answer(ctx, useCases.rejectConnectionRequest().rejectConnectionRequest(caller(ctx).user(), target(ctx)));
    }

    /**
     * One route for two commands (DESIGN §4): removes an accepted connection; when what is left is
     * the caller's own pending request, withdraws it. Both commands are idempotent, so a change
     * made by the other user between the two calls only shows in the answer.
     */
    void removeConnectionOrWithdrawRequest(Context ctx) {
        UserId actor = caller(ctx).user();
        UserId other = target(ctx);
        Outcome<RelationshipChange> outcome = useCases.removeConnection().removeConnection(actor, other);
        if (successOf(outcome).relationship().connection() == ConnectionStatus.PENDING_OUTGOING) {
            outcome = useCases.cancelConnectionRequest().cancelConnectionRequest(actor, other);
        }
        answer(ctx, outcome);
    }

    void block(Context ctx) {
        UserId actor = caller(ctx).user();
        UserId other = target(ctx);
        answer(ctx, useCases.block().block(actor, other, reason(bodies.optional(ctx, BlockBody.class))));
    }

    void unblock(Context ctx) {
        answer(ctx, useCases.unblock().unblock(caller(ctx).user(), target(ctx)));
    }

    private void answer(Context ctx, Outcome<RelationshipChange> outcome) {
        ctx.json(views.toView(successOf(outcome).relationship()));
    }

    private static BlockReason reason(Optional<BlockBody> body) {
        Optional<String> text = body.map(BlockBody::reason);
        if (text.map(t -> t.codePointCount(0, t.length()) > BlockReason.MAX_LENGTH).orElse(false)) {
            throw ProblemException.invalidRequest("The reason has at most " + BlockReason.MAX_LENGTH + " characters.");
        }
        // PostgreSQL's text cannot hold the NUL character: refused here, not failed in the database.
        if (text.map(t -> t.indexOf('\0') >= 0).orElse(false)) {
            throw ProblemException.invalidRequest("The reason may not contain the NUL character.");
        }
        return BlockReason.of(text);
    }
}
