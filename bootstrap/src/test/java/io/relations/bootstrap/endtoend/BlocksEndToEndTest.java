package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.field;
import static io.relations.bootstrap.testing.Pages.userIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedService.class)
class BlocksEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;

    BlocksEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
    }

    @Test
    void blocking_removes_the_follows_both_ways_and_the_connection() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(bob).put("/api/v1/me/following/" + alice);
        service.as(alice).put("/api/v1/me/connections/" + bob);
        service.as(bob).post("/api/v1/me/connection-requests/" + alice + "/accept");

        // when
        HttpReply block = service.as(bob).put("/api/v1/me/blocks/" + alice, "{\"reason\": \"spam\"}");

        // then
        assertThat(block.status()).isEqualTo(200);
        JsonNode relationship = block.json();
        assertThat(relationship.path("blocking").asBoolean()).isTrue();
        assertThat(relationship.path("following").asBoolean()).isFalse();
        assertThat(relationship.path("followed_by").asBoolean()).isFalse();
        assertThat(relationship.path("connection").asText()).isEqualTo("none");
        HttpReply aliceSees = service.as(alice).get("/api/v1/me/relationships?ids=" + bob);
        assertThat(aliceSees.json().at("/items/0/blocked_by").asBoolean()).isTrue();
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + bob + "/followers"))).isEmpty();
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + bob + "/connections"))).isEmpty();
    }

    @Test
    void the_history_records_the_block_and_what_it_removed_with_the_blocker_as_actor() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(alice).put("/api/v1/me/connections/" + bob);

        // when
        service.as(bob).put("/api/v1/me/blocks/" + alice, "{\"reason\": \"spam\"}");

        // then
        HttpReply blocks = service.as(bob).get("/api/v1/me/history?kind=blocks");
        assertThat(field(blocks, "action")).containsExactly("block");
        assertThat(field(blocks, "reason")).containsExactly("spam");
        HttpReply follows = service.as(bob).get("/api/v1/me/history?kind=follows");
        assertThat(field(follows, "action")).containsExactly("unfollow", "follow");
        assertThat(field(follows, "actor_id")).containsExactly(bob.toString(), alice.toString());
        HttpReply connections = service.as(bob).get("/api/v1/me/history?kind=connections");
        assertThat(field(connections, "action")).containsExactly("removed", "requested");
        assertThat(field(connections, "actor_id")).containsExactly(bob.toString(), alice.toString());
    }

    @Test
    void the_block_list_shows_each_blocked_user_with_the_reason_newest_first() {
        // given
        UserId carol = service.newUser();
        service.as(bob).put("/api/v1/me/blocks/" + alice, "{\"reason\": \"spam\"}");

        // when
        service.as(bob).put("/api/v1/me/blocks/" + carol);

        // then
        HttpReply list = service.as(bob).get("/api/v1/me/blocks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(userIds(list)).containsExactly(carol, alice);
        assertThat(list.json().at("/items/0/reason").isMissingNode()).isTrue();
        assertThat(list.json().at("/items/1/reason").asText()).isEqualTo("spam");
    }

    @Test
    void blocking_again_changes_nothing() {
        // given
        HttpReply first = service.as(bob).put("/api/v1/me/blocks/" + alice, "{\"reason\": \"spam\"}");

        // when
        HttpReply again = service.as(bob).put("/api/v1/me/blocks/" + alice, "{\"reason\": \"other\"}");

        // then
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(field(service.as(bob).get("/api/v1/me/blocks"), "reason")).containsExactly("spam");
    }

    @Test
    void unblocking_lifts_the_block_but_restores_nothing_it_removed() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(bob).put("/api/v1/me/blocks/" + alice);

        // when
        HttpReply unblock = service.as(bob).delete("/api/v1/me/blocks/" + alice);

        // then
        assertThat(unblock.status()).isEqualTo(200);
        assertThat(unblock.json().path("blocking").asBoolean()).isFalse();
        assertThat(unblock.json().path("followed_by").asBoolean()).isFalse();
        assertThat(userIds(service.as(bob).get("/api/v1/me/blocks"))).isEmpty();
        assertThat(service.as(alice).put("/api/v1/me/following/" + bob).json().path("following").asBoolean()).isTrue();
        assertThat(field(service.as(bob).get("/api/v1/me/history?kind=blocks"), "action")).containsExactly("unblock", "block");
    }
}
