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
        int aliceActs = PairLockKey.of(UserPair.of(ALICE, BOB));
        int bobActs = PairLockKey.of(UserPair.of(BOB, ALICE));

        // then: pinned, since processes of two releases may lock the same pair side by side
        assertThat(aliceActs).isEqualTo(bobActs).isEqualTo(PINNED_KEY);
    }

    @Test
    void different_pairs_get_different_keys() {
        UserId carol = UserId.parse("0190c000-0000-7000-8000-00000000000c");

        assertThat(PairLockKey.of(UserPair.of(ALICE, carol))).isNotEqualTo(PairLockKey.of(UserPair.of(ALICE, BOB)));
    }

    @Test
    void pair_keys_user_keys_and_the_module_switch_never_share_a_key() {
        UserId carol = UserId.parse("0190c000-0000-7000-8000-00000000000c");

        // then: each kind has its own top two bits, so no kind's key can be another kind's
        for (UserPair pair : java.util.List.of(UserPair.of(ALICE, BOB), UserPair.of(ALICE, carol), UserPair.of(BOB, carol))) {
            assertThat(PairLockKey.of(pair) >>> 30).isEqualTo(0b10);
        }
        for (UserId user : java.util.List.of(ALICE, BOB, carol)) {
            assertThat(AdvisoryLocks.userKey(user.value()) >>> 30).isEqualTo(0b01);
        }
        assertThat(AdvisoryLocks.MODULE_SWITCH >>> 30).isZero();
    }

    /**
     * The top bits 10, then the low 30 bits of the first 4 bytes of SHA-256(lower id bytes ||
     * higher id bytes), computed outside Java (Python's hashlib).
     */
    private static final int PINNED_KEY = -1279255750;
}
