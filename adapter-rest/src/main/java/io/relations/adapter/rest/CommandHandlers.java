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
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The relationship commands under {@code /me}: the caller acts on the user of the path. Each
 * answers the pair's relationship as the caller now sees it, changed or not.
 */
final class CommandHandlers {

    private final CommandPorts ports;
    private final ViewMapper views;
    private final JsonBodies bodies;

    CommandHandlers(CommandPorts ports, ViewMapper views, JsonBodies bodies) {
        this.ports = ports;
        this.views = views;
        this.bodies = bodies;
    }

    void follow(Context ctx) {
        answer(ctx, ports.follow().follow(caller(ctx).user(), target(ctx)));
    }

    void unfollow(Context ctx) {
        answer(ctx, ports.unfollow().unfollow(caller(ctx).user(), target(ctx)));
    }

    void removeFollower(Context ctx) {
        answer(ctx, ports.removeFollower().removeFollower(caller(ctx).user(), target(ctx)));
    }

    void requestConnection(Context ctx) {
        answer(ctx, ports.requestConnection().requestConnection(caller(ctx).user(), target(ctx)));
    }

    void acceptConnectionRequest(Context ctx) {
        answer(ctx, ports.acceptConnectionRequest().acceptConnectionRequest(caller(ctx).user(), target(ctx)));
    }

    void rejectConnectionRequest(Context ctx) {
        answer(ctx, ports.rejectConnectionRequest().rejectConnectionRequest(caller(ctx).user(), target(ctx)));
    }

    /** An accepted connection removed, or the caller's own pending request withdrawn: one decision (DESIGN §4). */
    void disconnect(Context ctx) {
        answer(ctx, ports.disconnect().disconnect(caller(ctx).user(), target(ctx)));
    }

    void block(Context ctx) {
        UserId actor = caller(ctx).user();
        UserId other = target(ctx);
        answer(ctx, ports.block().block(actor, other, reason(bodies.optional(ctx, BlockBody.class))));
    }

    void unblock(Context ctx) {
        answer(ctx, ports.unblock().unblock(caller(ctx).user(), target(ctx)));
    }

    private void answer(Context ctx, Outcome<RelationshipChange> outcome) {
        ctx.json(views.toView(successOf(outcome).relationship()));
    }

    private static BlockReason reason(Optional<BlockBody> body) {
        Optional<String> text = body.map(BlockBody::reason);
        if (text.map(t -> t.codePointCount(0, t.length()) > BlockReason.MAX_LENGTH).orElse(false)) {
            throw ProblemException.invalidRequest("The reason has at most " + BlockReason.MAX_LENGTH + " characters.");
        }
        // PostgreSQL text cannot hold U+0000 (the insert fails: a 500), and a lone surrogate is no character to store.
        if (text.map(t -> t.indexOf('\0') >= 0 || !StandardCharsets.UTF_8.newEncoder().canEncode(t)).orElse(false)) {
            throw ProblemException.invalidRequest("The reason must be well-formed Unicode text without U+0000.");
        }
        return BlockReason.of(text);
    }
}
