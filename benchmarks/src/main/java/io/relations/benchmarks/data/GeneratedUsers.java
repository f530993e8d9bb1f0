package io.relations.benchmarks.data;

import io.relations.adapter.persistence.counter.CounterStripe;
import io.relations.domain.model.UserId;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The users of a data set, by index. Ids are random version-4 UUIDs (the service takes a user's
 * id from the token's subject, so it never chooses them); kept as two longs each, 16 bytes a user.
 * Two users have a role, and a handle that names it so the measurement can find them again.
 */
final class GeneratedUsers {

    static final int CELEBRITY = 0;
    static final int TEN_FOLLOWERS = 1;
    static final String CELEBRITY_HANDLE = "benchmark-celebrity";
    static final String TEN_FOLLOWERS_HANDLE = "benchmark-ten-followers";

    private final long[] mostSignificant;
    private final long[] leastSignificant;

    GeneratedUsers(int count, SplittableRandom random) {
        mostSignificant = new long[count];
        leastSignificant = new long[count];
        for (int user = 0; user < count; user++) {
            mostSignificant[user] = (random.nextLong() & ~0xF000L) | 0x4000L;
            leastSignificant[user] = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        }
    }

    int count() {
        return mostSignificant.length;
    }

    long mostSignificantBits(int user) {
        return mostSignificant[user];
    }

    long leastSignificantBits(int user) {
        return leastSignificant[user];
    }

    UUID id(int user) {
        return new UUID(mostSignificant[user], leastSignificant[user]);
    }

    /** The stripe a change to someone else's counts goes to when this user is the other one: the service's own rule. */
    short stripe(int user) {
        return CounterStripe.of(UserId.of(id(user)));
    }

    Optional<String> handle(int user) {
        if (user == CELEBRITY) {
            return Optional.of(CELEBRITY_HANDLE);
        }
        if (user == TEN_FOLLOWERS) {
            return Optional.of(TEN_FOLLOWERS_HANDLE);
        }
        return Optional.empty();
    }
}
