package io.relations.bootstrap.roundtrips;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;

/**
 * Two newly registered users, Alice and Bob, and the commands the round-trip tests send between
 * them (Alice's unless named otherwise), and an administrator's.
 */
final class Pair {

    private final UserId alice;
    private final UserId bob;
    private final ApiClient asAlice;
    private final ApiClient asBob;
    private final ApiClient asAdmin;
    /** The user {@link #registerSomeone()} registered last, for {@link #deleteSomeone()}. */
    private UserId someone;

    private Pair(ServiceUnderTest service, UserId alice, UserId bob) {
        this.alice = alice;
        this.bob = bob;
        this.asAlice = service.as(alice);
        this.asBob = service.as(bob);
        this.asAdmin = service.asAdmin();
    }

    static Pair registered(ServiceUnderTest service) {
        return new Pair(service, service.newUser(), service.newUser());
    }

    HttpReply follow() {
        return asAlice.put("/api/v1/me/following/" + bob);
    }

    HttpReply unfollow() {
        return asAlice.delete("/api/v1/me/following/" + bob);
    }

    HttpReply bobFollows() {
        return asBob.put("/api/v1/me/following/" + alice);
    }

    HttpReply removeFollower() {
        return asAlice.delete("/api/v1/me/followers/" + bob);
    }

    HttpReply requestConnection() {
        return asAlice.put("/api/v1/me/connections/" + bob);
    }

    HttpReply bobRequestsConnection() {
        return asBob.put("/api/v1/me/connections/" + alice);
    }

    /** Removes the connection, or withdraws Alice's own request. */
    HttpReply disconnect() {
        return asAlice.delete("/api/v1/me/connections/" + bob);
    }

    HttpReply accept() {
        return asAlice.post("/api/v1/me/connection-requests/" + bob + "/accept");
    }

    HttpReply reject() {
        return asAlice.post("/api/v1/me/connection-requests/" + bob + "/reject");
    }

    HttpReply block() {
        return asAlice.put("/api/v1/me/blocks/" + bob, "{\"reason\":\"spam\"}");
    }

    HttpReply unblock() {
        return asAlice.delete("/api/v1/me/blocks/" + bob);
    }

    HttpReply registerSomeone() {
        someone = ServiceUnderTest.unknownUser();
        return asAdmin.put("/api/v1/admin/users/" + someone);
    }

    HttpReply deleteSomeone() {
        return asAdmin.delete("/api/v1/admin/users/" + someone);
    }

    HttpReply switchConnectionsOn() {
        return asAdmin.put("/api/v1/admin/settings/connections_enabled", "{\"value\": true}");
    }
}
