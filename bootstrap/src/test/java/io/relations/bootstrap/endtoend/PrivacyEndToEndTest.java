package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.userIds;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN §4: a user's lists and stats read as empty for the users they block; block lists and history are their owner's only. */
@ExtendWith(SharedService.class)
class PrivacyEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId blocker;
    private final UserId blocked;
    private final UserId bystander;

    PrivacyEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.blocker = service.newUser();
        this.blocked = service.newUser();
        this.bystander = service.newUser();
        service.as(bystander).put("/api/v1/me/following/" + blocker);
        service.as(blocker).put("/api/v1/me/blocks/" + blocked, "{\"reason\": \"private\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"followers", "following", "connections"})
    void a_blocked_user_gets_an_empty_page_for_the_blockers_lists(String list) {
        // when
        HttpReply reply = service.as(blocked).get("/api/v1/users/" + blocker + "/" + list);

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"items\":[],\"next_cursor\":null}");
    }

    @Test
    void a_blocked_user_gets_zero_counts_for_the_blocker() {
        // when
        HttpReply reply = service.as(blocked).get("/api/v1/users/" + blocker + "/stats");

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"user_id\":\"" + blocker + "\",\"followers\":0,\"following\":0,\"connections\":0}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"followers", "following", "connections", "stats"})
    void the_blocker_and_everyone_else_still_see_the_lists(String list) {
        // when
        HttpReply byBlocker = service.as(blocker).get("/api/v1/users/" + blocked + "/" + list);
        HttpReply byBystander = service.as(bystander).get("/api/v1/users/" + blocker + "/" + list);
        HttpReply byOwner = service.as(blocker).get("/api/v1/users/" + blocker + "/" + list);

        // then
        assertThat(byBlocker.status()).isEqualTo(200);
        assertThat(byBystander.status()).isEqualTo(200);
        assertThat(byOwner.status()).isEqualTo(200);
    }

    @Test
    void lifting_the_block_shows_the_lists_again() {
        // when
        service.as(blocker).delete("/api/v1/me/blocks/" + blocked);

        // then
        HttpReply followers = service.as(blocked).get("/api/v1/users/" + blocker + "/followers");
        assertThat(followers.status()).isEqualTo(200);
        assertThat(userIds(followers)).containsExactly(bystander);
    }

    @Test
    void the_block_list_is_read_through_me_only_so_a_user_sees_only_their_own() {
        // when
        HttpReply blockedList = service.as(blocked).get("/api/v1/me/blocks");
        HttpReply blockerList = service.as(blocker).get("/api/v1/me/blocks");

        // then
        assertThat(userIds(blockedList)).isEmpty();
        assertThat(userIds(blockerList)).containsExactly(blocked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocks", "history", "history?kind=blocks", "connection-requests?direction=incoming"})
    void there_is_no_route_to_read_another_users_private_lists(String list) {
        // when
        HttpReply reply = service.as(bystander).get("/api/v1/users/" + blocker + "/" + list);

        // then
        assertProblem(reply, ProblemType.NOT_FOUND);
    }
}
