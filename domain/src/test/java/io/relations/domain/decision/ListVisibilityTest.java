package io.relations.domain.decision;

import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.PairState;
import io.relations.domain.testing.GivenPair;
import org.junit.jupiter.api.Test;

class ListVisibilityTest {

    @Test
    void a_users_lists_are_hidden_from_the_users_they_block() {
        PairState aliceBlocksBob = GivenPair.of(ALICE, BOB).blocking(ALICE, BOB).state();

        assertThat(ListVisibility.isVisible(aliceBlocksBob, ALICE, BOB)).isFalse();
    }

    @Test
    void being_blocked_does_not_hide_the_blocked_users_lists_from_the_blocker() {
        PairState aliceBlocksBob = GivenPair.of(ALICE, BOB).blocking(ALICE, BOB).state();

        assertThat(ListVisibility.isVisible(aliceBlocksBob, BOB, ALICE)).isTrue();
    }

    @Test
    void an_owner_always_sees_their_own_lists() {
        assertThat(ListVisibility.isVisible(GivenPair.of(ALICE, BOB).state(), ALICE, ALICE)).isTrue();
    }
}
