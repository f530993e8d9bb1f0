package io.relations.archfixture.bagofports.adapter.rest;

/** Broken on purpose: handed every port, it calls one; nothing but reading it says which. */
public final class FollowHandler {

    private final UseCases useCases;

    public FollowHandler(UseCases useCases) {
        this.useCases = useCases;
    }

    public boolean follow(String actor, String target) {
        return useCases.follow().follow(actor, target);
    }
}
