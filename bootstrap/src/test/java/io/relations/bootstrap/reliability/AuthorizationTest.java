package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, over HTTP: admin routes need the admin scope; the actor is always the token's
 * subject, whatever the request says; block lists and history are their owner's alone; and a
 * blocked user sees the blocker's lists and counts as empty.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class AuthorizationTest {

    private static final long STARTED = System.nanoTime();

    private final ServiceUnderTest service;
    private final LoadClient client;
    private final Crowd users;
    private final UserId alice;
    private final UserId bob;
    private final UserId carol;

    AuthorizationTest(ServiceUnderTest service) {
        this.service = service;
        this.client = new LoadClient(service.port());
        this.users = Crowd.registered(3, client);
        this.alice = users.get(0);
        this.bob = users.get(1);
        this.carol = users.get(2);
    }

    @AfterAll
    static void figures() {
        new Figures("authorization", "6 admin routes without the scope, 3 requests naming another actor, 4 reads of another's"
                + " block list or history, 4 lists or counts of a blocker", Duration.ofNanos(System.nanoTime() - STARTED), 0, 0, 0,
                "403, nothing done as another user, 400/404, an empty 200 (whole for others)").print();
    }

    @Test
    void a_caller_without_the_admin_scope_is_forbidden_on_every_admin_route_and_changes_nothing() {
        TableSnapshot before = TableSnapshot.of(service.dataSource());

        List<Answer> answers = List.of(
                client.send("PUT", "/api/v1/admin/users/" + ServiceUnderTest.unknownUser(), token(alice), null),
                client.send("DELETE", "/api/v1/admin/users/" + bob, token(alice), null),
                client.send("GET", "/api/v1/admin/settings/connections_enabled", token(alice), null),
                client.send("PUT", "/api/v1/admin/settings/connections_enabled", token(alice), "{\"value\":false}"),
                client.send("GET", "/api/v1/admin/users/" + bob + "/blocks", token(alice), null),
                client.send("GET", "/api/v1/admin/users/" + bob + "/history?kind=blocks", token(alice), null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(403);
            assertThat(answer.problem()).isEqualTo("forbidden");
            assertThat(answer.header("WWW-Authenticate")).contains("insufficient_scope");
        });
        assertThat(TableSnapshot.of(service.dataSource()).rowsChangedSince(before)).isZero();
    }

    @Test
    void no_request_makes_another_user_the_actor_whatever_it_names() {
        // when alice tries to have bob follow carol
        List<Answer> attempts = List.of(
                client.send("PUT", "/api/v1/me/following/" + carol + "?user=" + bob, token(alice), null),
                client.send("PUT", "/api/v1/users/" + bob + "/following/" + carol, token(alice), null),
                client.send("PUT", "/api/v1/me/following/" + carol, token(alice), "{\"user_id\":\"" + bob + "\"}"));

        // then nothing was done as bob: refused, or done as alice
        assertThat(attempts.get(0).status()).isEqualTo(400);
        assertThat(attempts.get(1).status()).isIn(404, 405);
        assertThat(client.send(Route.FOLLOWING, bob, token(carol)).json().path("items")).isEmpty();
        assertThat(client.send(Route.FOLLOWERS, carol, token(carol)).json().path("items").findValuesAsText("user_id"))
                .allMatch(follower -> follower.equals(alice.toString()));
    }

    @Test
    void a_block_list_and_a_history_are_seen_by_their_owner_only() {
        // given bob blocks carol
        assertThat(client.send(Route.BLOCK, carol, token(bob)).status()).isEqualTo(200);

        // then alice sees her own (empty) block list and history, and no route shows her bob's
        assertThat(client.send(Route.BLOCK_LIST, alice, token(alice)).json().path("items")).isEmpty();
        assertThat(client.send("GET", "/api/v1/me/history?kind=blocks", token(alice), null).json().path("items")).isEmpty();
        assertThat(client.send("GET", "/api/v1/me/blocks?user=" + bob, token(alice), null).status()).isEqualTo(400);
        assertThat(client.send("GET", "/api/v1/me/history?kind=blocks&user=" + bob, token(alice), null).status()).isEqualTo(400);
        assertThat(client.send("GET", "/api/v1/users/" + bob + "/blocks", token(alice), null).status()).isEqualTo(404);
        assertThat(client.send("GET", "/api/v1/users/" + bob + "/history", token(alice), null).status()).isEqualTo(404);
        assertThat(client.send(Route.BLOCK_LIST, bob, token(bob)).json().path("items")).hasSize(1);
    }

    @Test
    void a_blocked_user_sees_the_blockers_lists_and_stats_as_empty_while_others_see_them_whole() {
        // given carol follows bob, then bob blocks alice
        assertThat(client.send(Route.FOLLOW, bob, token(carol)).status()).isEqualTo(200);
        assertThat(client.send(Route.BLOCK, alice, token(bob)).status()).isEqualTo(200);

        // then
        for (Route route : List.of(Route.FOLLOWERS, Route.FOLLOWING, Route.CONNECTIONS)) {
            Answer hidden = client.send(route, bob, token(alice));
            assertThat(hidden.status()).as("%s for the blocked user: %s", route, hidden).isEqualTo(200);
            assertThat(hidden.json().path("items")).as("%s for the blocked user", route).isEmpty();
            assertThat(client.send(route, bob, token(carol)).status()).as("%s for another user", route).isEqualTo(200);
        }
        assertThat(client.send(Route.FOLLOWERS, bob, token(carol)).json().path("items")).hasSize(1);
        Answer stats = client.send(Route.STATS, bob, token(alice));
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("followers").asLong()).isZero();
        assertThat(client.send(Route.STATS, bob, token(carol)).json().path("followers").asLong()).isEqualTo(1);
    }

    private String token(UserId user) {
        return users.token(user);
    }
}
