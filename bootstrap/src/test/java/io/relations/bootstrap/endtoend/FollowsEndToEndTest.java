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
class FollowsEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;
    private final UserId carol;

    FollowsEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
        this.carol = service.newUser();
    }

    @Test
    void following_a_user_answers_the_relationship_and_lists_the_follower_newest_first() {
        // when
        HttpReply follow = service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(carol).put("/api/v1/me/following/" + bob);

        // then
        assertThat(follow.status()).isEqualTo(200);
        JsonNode relationship = follow.json();
        assertThat(relationship.path("user_id").asText()).isEqualTo(bob.toString());
        assertThat(relationship.path("following").asBoolean()).isTrue();
        assertThat(relationship.path("followed_by").asBoolean()).isFalse();
        assertThat(relationship.path("connection").asText()).isEqualTo("none");
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + bob + "/followers"))).containsExactly(carol, alice);
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + alice + "/following"))).containsExactly(bob);
    }

    @Test
    void following_again_changes_nothing_and_answers_the_same() {
        // given
        HttpReply first = service.as(alice).put("/api/v1/me/following/" + bob);

        // when
        HttpReply again = service.as(alice).put("/api/v1/me/following/" + bob);

        // then
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(field(service.as(alice).get("/api/v1/me/history?kind=follows"), "action")).containsExactly("follow");
    }

    @Test
    void unfollowing_removes_the_follow_from_both_lists_and_again_is_a_no_op() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);

        // when
        HttpReply unfollow = service.as(alice).delete("/api/v1/me/following/" + bob);
        HttpReply again = service.as(alice).delete("/api/v1/me/following/" + bob);

        // then
        assertThat(unfollow.status()).isEqualTo(200);
        assertThat(unfollow.json().path("following").asBoolean()).isFalse();
        assertThat(again.json()).isEqualTo(unfollow.json());
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + bob + "/followers"))).isEmpty();
        assertThat(userIds(service.as(alice).get("/api/v1/users/" + alice + "/following"))).isEmpty();
        assertThat(field(service.as(alice).get("/api/v1/me/history?kind=follows"), "action")).containsExactly("unfollow", "follow");
    }

    @Test
    void removing_a_follower_ends_their_follow_without_blocking_them() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);

        // when
        HttpReply removal = service.as(bob).delete("/api/v1/me/followers/" + alice);

        // then
        assertThat(removal.status()).isEqualTo(200);
        assertThat(removal.json().path("followed_by").asBoolean()).isFalse();
        assertThat(removal.json().path("blocking").asBoolean()).isFalse();
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + bob + "/followers"))).isEmpty();
        assertThat(service.as(alice).put("/api/v1/me/following/" + bob).json().path("following").asBoolean()).isTrue();
    }

    @Test
    void stats_count_the_followers_the_followed_and_the_connections() {
        // given
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(carol).put("/api/v1/me/following/" + bob);
        service.as(bob).put("/api/v1/me/following/" + alice);
        service.as(bob).put("/api/v1/me/connections/" + carol);
        service.as(carol).post("/api/v1/me/connection-requests/" + bob + "/accept");

        // when
        HttpReply stats = service.as(alice).get("/api/v1/users/" + bob + "/stats");

        // then
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("user_id").asText()).isEqualTo(bob.toString());
        assertThat(stats.json().path("followers").asInt()).isEqualTo(2);
        assertThat(stats.json().path("following").asInt()).isEqualTo(1);
        assertThat(stats.json().path("connections").asInt()).isEqualTo(1);
    }
}
