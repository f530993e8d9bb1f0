package io.relations.archfixture.clean.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.relations.archfixture.clean.application.port.in.FollowUseCase;
import io.relations.archfixture.clean.domain.command.Follow;
import io.relations.archfixture.clean.domain.decision.Decision;
import io.relations.archfixture.clean.domain.model.UserId;
import java.util.UUID;

public final class FollowHandler implements Handler {

    private final FollowUseCase useCase;

    public FollowHandler(FollowUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public void handle(Context ctx) {
        UserId actor = new UserId(UUID.fromString(ctx.header("X-User")));
        UserId target = new UserId(UUID.fromString(ctx.pathParam("userId")));
        Decision decision = useCase.follow(new Follow(actor, target));
        ctx.status(decision instanceof Decision.Refused ? 409 : 200);
    }
}
