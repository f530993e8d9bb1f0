package io.relations.archfixture.bagofports.application.port.in;

public interface UnfollowUseCase {

    boolean unfollow(String actor, String target);
}
