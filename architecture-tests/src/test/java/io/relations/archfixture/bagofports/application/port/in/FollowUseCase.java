package io.relations.archfixture.bagofports.application.port.in;

public interface FollowUseCase {

    boolean follow(String actor, String target);
}
