package io.relations.domain.testing;

import io.relations.domain.model.UserId;
import java.util.UUID;

/** Well-known users for readable tests: alice < bob < carol < dave in PostgreSQL's uuid order. */
public final class Users {

    public static final UserId ALICE = user(1);
    public static final UserId BOB = user(2);
    public static final UserId CAROL = user(3);
    public static final UserId DAVE = user(4);

    private Users() {
    }

    public static UserId user(int number) {
        return UserId.of(new UUID(0x0190000000007000L, 0x8000000000000000L | number));
    }
}
