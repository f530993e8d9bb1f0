package io.relations.adapter.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import org.junit.jupiter.api.Test;

class PairLockKeyTest {

    private static final UserId ALICE = UserId.parse("0190a000-0000-7000-8000-00000000000a");
    private static final UserId BOB = UserId.parse("0190b000-0000-7000-8000-00000000000b");

    @Test
    void the_key_of_a_pair_is_the_same_whoever_acts_and_in_every_release() {
        // when
        long aliceActs = PairLockKey.of(UserPair.of(ALICE, BOB));
        long bobActs = PairLockKey.of(UserPair.of(BOB, ALICE));

        // then: pinned, since processes of two releases may lock the same pair side by side
        assertThat(aliceActs).isEqualTo(bobActs).isEqualTo(PINNED_KEY);
    }

    @Test
    void different_pairs_get_different_keys() {
        UserId carol = UserId.parse("0190c000-0000-7000-8000-00000000000c");

        assertThat(PairLockKey.of(UserPair.of(ALICE, carol))).isNotEqualTo(PairLockKey.of(UserPair.of(ALICE, BOB)));
    }

    /** The first 8 bytes of SHA-256(lower id bytes || higher id bytes), computed outside Java. */
    private static final long PINNED_KEY = 3729010430746543805L;
}
