package io.relations.archfixture.bagofports.adapter.rest;

import java.util.function.BiPredicate;

/** Broken on purpose, further away: the ports come in a record of records; it calls one by a method reference. */
public final class UnfollowHandler {

    private final AllPorts ports;

    public UnfollowHandler(AllPorts ports) {
        this.ports = ports;
    }

    public BiPredicate<String, String> unfollow() {
        return ports.useCases().unfollow()::unfollow;
    }
}
