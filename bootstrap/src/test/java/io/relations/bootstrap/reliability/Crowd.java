package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The users of a load test and their tokens, registered through the admin route or left to register on first use. */
final class Crowd {

    private final List<UserId> users;
    private final Map<UserId, String> tokens;

    private Crowd(List<UserId> users, Map<UserId, String> tokens) {
        this.users = List.copyOf(users);
        this.tokens = Map.copyOf(tokens);
    }

    /** Users nobody has seen yet: each is registered by their first request. */
    static Crowd unregistered(int size) {
        List<UserId> users = new ArrayList<>(size);
        Map<UserId, String> tokens = new HashMap<>();
        for (int i = 0; i < size; i++) {
            UserId user = ServiceUnderTest.unknownUser();
            users.add(user);
            tokens.put(user, Tokens.valid(user));
        }
        return new Crowd(users, tokens);
    }

    /** Users registered by an administrator, so that others may act on them before they make a request. */
    static Crowd registered(int size, LoadClient client) {
        Crowd crowd = unregistered(size);
        String admin = Tokens.admin();
        Parallel.run(8, size, Duration.ofMinutes(5), index -> {
            Answer answer = client.send("PUT", "/api/v1/admin/users/" + crowd.get(index), admin, null);
            assertThat(answer.status()).as("registering a user: %s", answer).isEqualTo(201);
        });
        return crowd;
    }

    UserId get(int index) {
        return users.get(index);
    }

    String token(UserId user) {
        return tokens.get(user);
    }

    int size() {
        return users.size();
    }

    List<UserId> users() {
        return users;
    }
}
