package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.userIds;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /me/relationships?ids=…}: the caller's relationship with up to 100 users in one request. */
@ExtendWith(SharedService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the hundred users are made once for all tests
class RelationshipsEndToEndTest {

    private static final int MAX_IDS = 100;

    private final ServiceUnderTest service;
    private final UserId me;
    private final List<UserId> others = new ArrayList<>();

    RelationshipsEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.me = service.newUser();
    }

    @BeforeAll
    void aHundredUsersOfWhichTheFirstSevenAreRelatedToMe() {
        IntStream.range(0, MAX_IDS).forEach(i -> others.add(service.newUser()));
        service.as(me).put("/api/v1/me/following/" + others.get(0));
        service.as(others.get(1)).put("/api/v1/me/following/" + me);
        service.as(me).put("/api/v1/me/connections/" + others.get(2));
        service.as(others.get(3)).put("/api/v1/me/connections/" + me);
        service.as(me).put("/api/v1/me/connections/" + others.get(4));
        service.as(others.get(4)).post("/api/v1/me/connection-requests/" + me + "/accept");
        service.as(me).put("/api/v1/me/blocks/" + others.get(5));
        service.as(others.get(6)).put("/api/v1/me/blocks/" + me);
    }

    @Test
    void looking_up_100_ids_answers_each_relationship_in_the_order_asked() {
        // when
        HttpReply reply = service.as(me).get("/api/v1/me/relationships?ids=" + joined(others));

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().path("items");
        assertThat(userIds(reply)).containsExactlyElementsOf(others);
        assertThat(items.get(0).path("following").asBoolean()).isTrue();
        assertThat(items.get(1).path("followed_by").asBoolean()).isTrue();
        assertThat(items.get(2).path("connection").asText()).isEqualTo("pending_outgoing");
        assertThat(items.get(3).path("connection").asText()).isEqualTo("pending_incoming");
        assertThat(items.get(4).path("connection").asText()).isEqualTo("connected");
        assertThat(items.get(5).path("blocking").asBoolean()).isTrue();
        assertThat(items.get(6).path("blocked_by").asBoolean()).isTrue();
        for (int unrelated = 7; unrelated < MAX_IDS; unrelated++) {
            assertThat(items.get(unrelated).toString()).isEqualTo(
                    "{\"user_id\":\"%s\",\"following\":false,\"followed_by\":false,\"connection\":\"none\",\"blocking\":false,\"blocked_by\":false}",
                    others.get(unrelated));
        }
    }

    @Test
    void looking_up_101_ids_is_an_invalid_request() {
        // given
        List<UserId> tooMany = new ArrayList<>(others);
        tooMany.add(ServiceUnderTest.unknownUser());

        // when
        HttpReply reply = service.as(me).get("/api/v1/me/relationships?ids=" + joined(tooMany));

        // then
        assertProblem(reply, ProblemType.INVALID_REQUEST);
    }

    @Test
    void an_id_asked_twice_is_answered_once() {
        // when
        HttpReply reply = service.as(me).get("/api/v1/me/relationships?ids=" + joined(List.of(others.get(0), others.get(1), others.get(0))));

        // then
        assertThat(userIds(reply)).containsExactly(others.get(0), others.get(1));
    }

    private static String joined(List<UserId> ids) {
        return ids.stream().map(UserId::toString).collect(Collectors.joining(","));
    }
}
