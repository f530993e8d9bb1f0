package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generalising test of "a cache lets a deleted user act": a seeded random run of deletions,
 * re-registrations and user requests over two instances of the service on one database, each
 * with caches of its own (verified tokens, registered callers). Whatever either cache holds, a
 * request of a deleted user is refused {@code user_deleted} and registers nobody, a request of
 * anyone else is never refused so, and nothing answers 5xx. Bounded: {@value #STEPS} requests.
 * Replay a run with {@code -Drelations.seed=...}.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class DeletedUserTokensTest {

    private static final int STEPS = 240;
    private static final int USERS = 6;
    private static final List<String> USER_ROUTES = List.of(
            "PUT /api/v1/me/following/%s", "DELETE /api/v1/me/following/%s", "PUT /api/v1/me/blocks/%s",
            "DELETE /api/v1/me/blocks/%s", "PUT /api/v1/me/connections/%s", "GET /api/v1/me/blocks",
            "GET /api/v1/me/history?kind=follows", "GET /api/v1/users/%s/followers", "GET /api/v1/users/%s/stats",
            "GET /api/v1/me/relationships?ids=%s", "GET /api/v1/me/connection-requests?direction=incoming");

    private final ServiceUnderTest service;

    DeletedUserTokensTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void whatever_either_instances_caches_hold_a_deleted_user_is_refused_and_no_one_else_is() {
        long seed = Seeds.seed();
        System.out.println("DeletedUserTokensTest seed: " + seed + " (replay with -D" + Seeds.PROPERTY + "=" + seed + ")");
        Random random = new Random(seed);
        String admin = Tokens.admin();
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            UserId user = UserId.of(UUID.randomUUID());
            assertThat(service.withToken(admin).put("/api/v1/admin/users/" + user).status()).isEqualTo(201);
            users.add(user);
        }
        Set<UserId> deleted = new HashSet<>();
        Map<String, Integer> tally = new TreeMap<>();

        try (ServiceUnderTest second = service.anotherInstance()) {
            List<ServiceUnderTest> instances = List.of(service, second);
            for (int step = 0; step < STEPS; step++) {
                ServiceUnderTest instance = instances.get(random.nextInt(2));
                UserId user = users.get(random.nextInt(USERS));
                int dice = random.nextInt(10);
                String context = "seed " + seed + ", step " + step;
                if (dice == 0) {
                    // when an administrator deletes
                    HttpReply reply = instance.withToken(admin).delete("/api/v1/admin/users/" + user);
                    assertThat(reply.status()).as(context).isEqualTo(deleted.contains(user) ? 404 : 204);
                    deleted.add(user);
                    count(tally, "delete " + reply.status());
                } else if (dice == 1) {
                    // when an administrator registers
                    HttpReply reply = instance.withToken(admin).put("/api/v1/admin/users/" + user);
                    assertThat(reply.status()).as(context).isEqualTo(deleted.contains(user) ? 201 : 200);
                    deleted.remove(user);
                    count(tally, "register " + reply.status());
                } else {
                    // when a user makes a request, naming another user
                    UserId other = users.get((users.indexOf(user) + 1 + random.nextInt(USERS - 1)) % USERS);
                    String[] route = USER_ROUTES.get(random.nextInt(USER_ROUTES.size())).formatted(other).split(" ", 2);
                    HttpReply reply = instance.withToken(Tokens.valid(user)).send(route[0], route[1], null);
                    String answer = reply.status() + (reply.status() >= 400 ? " " + reply.problem() : "");
                    count(tally, (deleted.contains(user) ? "deleted caller: " : "caller: ") + answer);

                    // then
                    assertThat(reply.status()).as(context + ": " + route[0] + " " + route[1] + " -> " + answer).isLessThan(500);
                    if (deleted.contains(user)) {
                        assertThat(answer).as(context).isEqualTo("403 user_deleted");
                    } else {
                        assertThat(answer).as(context).doesNotContain("user_deleted");
                    }
                }
                Set<UserId> expected = new HashSet<>(users);
                expected.removeAll(deleted);
                assertThat(registered(users)).as(context + ": the registered users").isEqualTo(expected);
            }
        }
        System.out.println("DeletedUserTokensTest, " + STEPS + " steps over two instances: " + tally);
        assertThat(tally.keySet()).anyMatch(answer -> answer.startsWith("deleted caller: 403"));
        assertThat(service.invariantViolations()).isEmpty();
    }

    private static void count(Map<String, Integer> tally, String answer) {
        tally.merge(answer, 1, Integer::sum);
    }

    private Set<UserId> registered(List<UserId> users) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select id from phoenix_kit_users where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", users.stream().map(UserId::value).toArray()));
            Set<UserId> found = new HashSet<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    found.add(UserId.of(result.getObject(1, UUID.class)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
