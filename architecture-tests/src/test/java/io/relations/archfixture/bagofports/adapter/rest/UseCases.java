package io.relations.archfixture.bagofports.adapter.rest;

import io.relations.archfixture.bagofports.application.port.in.FollowUseCase;
import io.relations.archfixture.bagofports.application.port.in.UnfollowUseCase;

/** Every port at once, as the REST adapter had it before issue 11. */
public record UseCases(FollowUseCase follow, UnfollowUseCase unfollow) {
}
