package io.relations.adapter.rest.handler;

import static io.relations.adapter.rest.handler.Exchange.caller;
import static io.relations.adapter.rest.handler.Exchange.successOf;
import static io.relations.adapter.rest.handler.Exchange.target;

import io.javalin.http.Context;
import io.relations.adapter.rest.UseCases;
import io.relations.adapter.rest.json.BlockBody;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.Optional;

/** {@code /me/blocks/{userId}}: block with an optional reason, unblock. */
public final class BlockHandlers {

    private final UseCases useCases;
    private final ViewMapper views;
    private final JsonBodies bodies;

    public BlockHandlers(UseCases useCases, ViewMapper views, JsonBodies bodies) {
        this.useCases = useCases;
        this.views = views;
        this.bodies = bodies;
    }

    public void block(Context ctx) {
        UserId actor = caller(ctx).user();
        UserId other = target(ctx);
        BlockReason reason = reason(bodies.optional(ctx, BlockBody.class));
        var change = successOf(useCases.block().block(actor, other, reason));
        ctx.json(views.toView(change.relationship()));
    }

    public void unblock(Context ctx) {
        var change = successOf(useCases.unblock().unblock(caller(ctx).user(), target(ctx)));
        ctx.json(views.toView(change.relationship()));
    }

    private static BlockReason reason(Optional<BlockBody> body) {
        Optional<String> text = body.map(BlockBody::reason);
        if (text.map(t -> t.codePointCount(0, t.length()) > BlockReason.MAX_LENGTH).orElse(false)) {
            throw ProblemException.invalidRequest("The reason has at most " + BlockReason.MAX_LENGTH + " characters.");
        }
        return BlockReason.of(text);
    }
}
