package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.field;
import static io.relations.bootstrap.testing.Pages.userIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedService.class)
class ConnectionsEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;

    ConnectionsEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
    }

    @Test
    void asking_to_connect_leaves_a_request_pending_that_both_sides_see() {
        // when
        HttpReply request = service.as(alice).put("/api/v1/me/connections/" + bob);

        // then
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.json().path("connection").asText()).isEqualTo("pending_outgoing");
        assertThat(userIds(service.as(alice).get("/api/v1/me/connection-requests?direction=outgoing"))).containsExactly(bob);
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=incoming"))).containsExactly(alice);
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=outgoing"))).isEmpty();
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + alice + "/connections"))).isEmpty();
    }

    @Test
    void accepting_an_incoming_request_connects_both_users() {
        // given
        service.as(alice).put("/api/v1/me/connections/" + bob);

        // when
        HttpReply accept = service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/accept");

        // then
        assertThat(accept.status()).isEqualTo(200);
        assertThat(accept.json().path("user_id").asText()).isEqualTo(alice.toString());
        assertThat(accept.json().path("connection").asText()).isEqualTo("connected");
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + bob + "/connections"))).containsExactly(alice);
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + alice + "/connections"))).containsExactly(bob);
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=incoming"))).isEmpty();
    }

    @Test
    void accepting_again_once_connected_succeeds_and_changes_nothing() {
        // given
        service.as(alice).put("/api/v1/me/connections/" + bob);
        HttpReply first = service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/accept");

        // when
        HttpReply again = service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/accept");

        // then
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(field(service.as(bob).get("/api/v1/me/history?kind=connections"), "action")).containsExactly("accepted", "requested");
    }

    @Test
    void asking_a_user_who_already_asked_accepts_their_request() {
        // given
        service.as(bob).put("/api/v1/me/connections/" + alice);

        // when
        HttpReply request = service.as(alice).put("/api/v1/me/connections/" + bob);

        // then
        assertThat(request.json().path("connection").asText()).isEqualTo("connected");
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + alice + "/connections"))).containsExactly(bob);
    }

    @Test
    void rejecting_an_incoming_request_deletes_it_and_records_the_rejection() {
        // given
        service.as(alice).put("/api/v1/me/connections/" + bob);

        // when
        HttpReply reject = service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/reject");

        // then
        assertThat(reject.status()).isEqualTo(200);
        assertThat(reject.json().path("connection").asText()).isEqualTo("none");
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=incoming"))).isEmpty();
        assertThat(userIds(service.as(alice).get("/api/v1/me/connection-requests?direction=outgoing"))).isEmpty();
        assertThat(field(service.as(alice).get("/api/v1/me/history?kind=connections"), "action")).containsExactly("rejected", "requested");
    }

    @Test
    void deleting_an_own_pending_request_withdraws_it() {
        // given
        service.as(alice).put("/api/v1/me/connections/" + bob);

        // when
        HttpReply withdrawal = service.as(alice).delete("/api/v1/me/connections/" + bob);

        // then
        assertThat(withdrawal.status()).isEqualTo(200);
        assertThat(withdrawal.json().path("connection").asText()).isEqualTo("none");
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=incoming"))).isEmpty();
        assertThat(field(service.as(bob).get("/api/v1/me/history?kind=connections"), "action")).containsExactly("removed", "requested");
    }

    @Test
    void removing_a_connection_leaves_both_unconnected_and_again_is_a_no_op() {
        // given
        service.as(alice).put("/api/v1/me/connections/" + bob);
        service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/accept");

        // when
        HttpReply removal = service.as(bob).delete("/api/v1/me/connections/" + alice);
        HttpReply again = service.as(bob).delete("/api/v1/me/connections/" + alice);

        // then
        assertThat(removal.status()).isEqualTo(200);
        assertThat(removal.json().path("connection").asText()).isEqualTo("none");
        assertThat(again.json()).isEqualTo(removal.json());
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + alice + "/connections"))).isEmpty();
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + bob + "/connections"))).isEmpty();
    }
}
